// @vitest-environment node
import { bench, describe } from 'vitest';
import { diagnose } from '../src/compare/diagnose';

// The slowest diagnosis there is: a signature no variant reproduces, on a request where almost
// every variant changes something (stage, repeated and empty keys, form body, an extra signed
// header with spaces, a charset), so every single variant and every pair is signed.
const request = [
  "curl 'https://service-q1w2e3r4-1300000000.gz.apigw.tencentcs.com/release/v1/a?tag=b&tag=a&empty=&q=%E4%BD%A0'",
  "-H 'x-date: Fri, 20 Nov 2026 09:15:00 GMT'",
  "-H 'Source:  web '",
  "-H 'Accept: application/json'",
  "-H 'Content-Type: application/x-www-form-urlencoded; charset=utf-8'",
  `-H 'Authorization: hmac id="AK", algorithm="hmac-sha1", headers="x-date source", signature="AAAAAAAAAAAAAAAAAAAAAAAAAAA="'`,
  "--data-raw 'z=1&c=2'",
].join(' ');

const input = {
  request,
  serverResponse: '',
  clientSigningString: '',
  secret: 'bench-secret',
  now: 0,
};

describe('diagnose', () => {
  bench('searches every variant and pair when nothing reproduces the signature', async () => {
    const diagnosis = await diagnose(input);
    if (diagnosis.causes.at(-1)?.id !== 'secret-mismatch')
      throw new Error('the search found something');
  });
});
