curl 'https://service-q1w2e3r4-1300000000.gz.apigw.tencentcs.com/release/v1/notes' \
  -X 'PUT' \
  -H 'accept: */*' \
  -H 'content-type: text/plain;charset=UTF-8' \
  -H 'x-date: Fri, 20 Nov 2026 09:15:00 GMT' \
  --data-raw $'it\'s done\u0021\nline two\tand a tab, caf\u00e9 in JSON: {"a":"b\\nc"}'
