# Computes the extra cases and their signatures with Python's hmac, independently of the
# playground's code. Run from this folder: python3 make-cases.py
import hmac, hashlib, base64, json
def b64(b): return base64.b64encode(b).decode()
def sig(s, secret, alg=hashlib.sha1): return b64(hmac.new(secret.encode(), s.encode(), alg).digest())
def md5b64hex(body): return b64(hashlib.md5(body.encode()).hexdigest().encode())
def md5hex(body): return hashlib.md5(body.encode()).hexdigest()
X = 'Fri, 20 Nov 2026 09:15:00 GMT'
H = 'https://service-q1w2e3r4-1300000000.gz.apigw.tencentcs.com'
S = 'case-secret'
KEY = 'APIDcase0001'
def auth(signature, headers='x-date', alg='hmac-sha1'):
    return f'hmac id="{KEY}", algorithm="{alg}", headers="{headers}", signature="{signature}"'
def curl(method, url, headers, body=None):
    parts = [f"curl -X {method} '{url}'"] + [f"  -H '{h}'" for h in headers]
    if body is not None: parts.append(f"  --data-raw '{body}'")
    return ' \\\n'.join(parts)
cases = []

# 1. method signed in lower case
body = '{"sku":"B-7","qty":2}'
right = f'x-date: {X}\nPOST\napplication/json\napplication/json\n{md5b64hex(body)}\n/v1/orders'
wrong = right.replace('\nPOST\n', '\npost\n')
cases.append(dict(name='method-signed-lower-case', story='A Node client passes the method as it was written in its route table, post, to the signer.',
  input=dict(curl=curl('POST', H + '/release/v1/orders', [f'x-date: {X}', 'Accept: application/json', 'Content-Type: application/json', f'Content-MD5: {md5b64hex(body)}', "Authorization: " + auth(sig(wrong, S))], body)),
  expect=dict(causes=['method-case'], correctSignature=sig(right, S))))

# 2. CRLF line ends, with the logged string
right = f'x-date: {X}\nGET\napplication/json\n\n\n/v1/reports?month=2026-10'
wrong = right.replace('\n', '\r\n')
cases.append(dict(name='lines-joined-with-crlf', story='A Windows client builds the signing string with Environment.NewLine and logs it with escapes.',
  input=dict(curl=curl('GET', H + '/v1/reports?month=2026-10', [f'x-date: {X}', 'Accept: application/json', "Authorization: " + auth(sig(wrong, S))]),
             clientSigningString=json.dumps(wrong)[1:-1]),
  expect=dict(causes=['line-ends'], correctSignature=sig(right, S))))

# 3. algorithm declared sha1, computed sha256
right = f'x-date: {X}\nGET\napplication/json\n\n\n/v1/balance'
cases.append(dict(name='sha256-declared-as-sha1', story='A client switched its HMAC to SHA-256 but still declares hmac-sha1.',
  input=dict(curl=curl('GET', H + '/test/v1/balance', [f'x-date: {X}', 'Accept: application/json', "Authorization: " + auth(sig(right, S, hashlib.sha256))])),
  expect=dict(causes=['algorithm-mismatch'], correctSignature=sig(right, S))))

# 4. secret read from a file with its trailing newline, request as raw HTTP
body = 'name=Li%20Lei&age=30'
right = f'source: app\nx-date: {X}\nPOST\napplication/json\napplication/x-www-form-urlencoded\n\n/v1/members?age=30&name=Li Lei'
http = '\r\n'.join(['POST /prepub/v1/members HTTP/1.1', 'Host: service-q1w2e3r4-1300000000.gz.apigw.tencentcs.com', f'x-date: {X}', 'source: app', 'Accept: application/json', 'Content-Type: application/x-www-form-urlencoded', 'Authorization: ' + auth(sig(right, S + '\n'), 'source x-date'), '', body])
cases.append(dict(name='secret-read-with-trailing-newline', story='A service reads its ApiAppSecret from a file and keeps the final line break; the request was captured as raw HTTP.',
  input=dict(http=http), expect=dict(causes=['secret-whitespace'], correctSignature=sig(right, S))))

# 5. form parameters left out, plus a repeated key signed once (two causes together)
body = 'note=fast&tag=b'
right = f'x-date: {X}\nPOST\napplication/json\napplication/x-www-form-urlencoded\n\n/v1/tickets?note=fast&tag=a&tag=b&tag=b'
wrong = f'x-date: {X}\nPOST\napplication/json\napplication/x-www-form-urlencoded\n\n/v1/tickets?tag=b'
cases.append(dict(name='form-left-out-and-last-value-only', story='A Java client signs only the query, and only the last value of a repeated key.',
  input=dict(curl=curl('POST', H + '/release/v1/tickets?tag=a&tag=b', [f'x-date: {X}', 'Accept: application/json', 'Content-Type: application/x-www-form-urlencoded', "Authorization: " + auth(sig(wrong, S))], body)),
  expect=dict(causes=['duplicate-keys', 'form-params-missing'], correctSignature=sig(right, S))))

def http(method, target, headers, body=''):
    return '\r\n'.join([f'{method} {target} HTTP/1.1', 'Host: service-q1w2e3r4-1300000000.gz.apigw.tencentcs.com'] + headers + ['', body])

# 6. a correct request whose paste has a line break after the Content-Length bytes
body = '{"a":1}'
right = f'x-date: {X}\nPOST\napplication/json\napplication/json\n{md5b64hex(body)}\n/v1/items'
cases.append(dict(name='body-longer-than-content-length', story='A correct request copied from a proxy log, with a line break after its 7-byte body.',
  input=dict(http=http('POST', '/release/v1/items', [f'x-date: {X}', 'Accept: application/json', 'Content-Type: application/json', 'Content-Length: 7', f'Content-MD5: {md5b64hex(body)}', 'Authorization: ' + auth(sig(right, S))], body + '\r\n')),
  expect=dict(causes=[], correctSignature=sig(right, S))))

# 7. a correct request sent with chunked framing (RFC 9112 section 7.1)
body = '{"sku":"C-3","qty":12}'
chunked = f'{len(body[:10]):x}\r\n{body[:10]}\r\n{len(body[10:]):x}\r\n{body[10:]}\r\n0\r\n\r\n'
right = f'x-date: {X}\nPOST\napplication/json\napplication/json\n{md5b64hex(body)}\n/v1/orders'
cases.append(dict(name='body-sent-chunked', story='A correct request captured on the wire, its body in two chunks.',
  input=dict(http=http('POST', '/release/v1/orders', [f'x-date: {X}', 'Accept: application/json', 'Content-Type: application/json', 'Transfer-Encoding: chunked', f'Content-MD5: {md5b64hex(body)}', 'Authorization: ' + auth(sig(right, S))], chunked)),
  expect=dict(causes=[], correctSignature=sig(right, S))))

# 8. Content-MD5 as upper-case hex (Java's printHexBinary), signed exactly as sent
body = '{"city":"Shenzhen"}'
sent = md5hex(body).upper()
right = f'x-date: {X}\nPOST\napplication/json\napplication/json\n{md5b64hex(body)}\n/v1/weather'
wrong = right.replace(md5b64hex(body), sent)
cases.append(dict(name='content-md5-upper-hex-signed-as-sent', story="A Java client sends DatatypeConverter.printHexBinary's upper-case hex as Content-MD5, and signs that value.",
  input=dict(curl=curl('POST', H + '/release/v1/weather', [f'x-date: {X}', 'Accept: application/json', 'Content-Type: application/json', f'Content-MD5: {sent}', "Authorization: " + auth(sig(wrong, S))], body)),
  expect=dict(causes=['md5-hex'], correctSignature=sig(right, S))))

# 9. Content-MD5 of a body with a trailing line break, signed exactly as sent
body = '{"city":"Wuhan"}'
sent = md5b64hex(body + '\n')
right = f'x-date: {X}\nPOST\napplication/json\napplication/json\n{md5b64hex(body)}\n/v1/weather'
wrong = right.replace(md5b64hex(body), sent)
cases.append(dict(name='content-md5-of-other-bytes-signed-as-sent', story='A client hashes the body it wrote to a file, with the final line break, and signs the Content-MD5 it sends.',
  input=dict(curl=curl('POST', H + '/release/v1/weather', [f'x-date: {X}', 'Accept: application/json', 'Content-Type: application/json', f'Content-MD5: {sent}', "Authorization: " + auth(sig(wrong, S))], body)),
  expect=dict(causes=['md5-body-mismatch'], correctSignature=sig(right, S))))

# 10. empty signature and headers in Authorization
right = f'x-date: {X}\nGET\napplication/json\n\n\n/v1/balance'
cases.append(dict(name='signature-and-headers-empty', story='A client whose signer failed silently sends signature="" and headers="".',
  input=dict(curl=curl('GET', H + '/release/v1/balance', [f'x-date: {X}', 'Accept: application/json', 'Authorization: hmac id="APIDcase0001", algorithm="hmac-sha1", headers="", signature=""'])),
  expect=dict(causes=['auth-syntax'], correctSignature=sig(right, S))))

for case in cases:
    case['secret'] = S
    ordered = {k: case[k] for k in ['name', 'story', 'secret', 'input', 'expect']}
    open(case['name'] + '.json', 'w').write(json.dumps(ordered, indent=2, ensure_ascii=False) + '\n')
    print(case['name'], case['expect'])
