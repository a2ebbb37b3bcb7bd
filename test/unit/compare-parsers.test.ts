import { describe, expect, it } from 'vitest';
import { parseAuthorization } from '../../src/compare/parse-authorization';
import { parseFailingRequest } from '../../src/compare/parse-failing-request';
import { parseHttpRequest } from '../../src/compare/parse-http-request';
import { parseServerResponse } from '../../src/compare/parse-server-response';
import { readSigningString } from '../../src/compare/read-signing-string';
import { decodeSignature } from '../../src/compare/decode-signature';

const HOST = 'service-q1w2e3r4-1300000000.gz.apigw.tencentcs.com';
const RAW = [
  'POST /release/v1/pay?x=1 HTTP/1.1',
  `Host: ${HOST}`,
  'x-date: Fri, 20 Nov 2026 09:15:00 GMT',
  'Content-Type: application/json',
  '',
  '{"a":1}\r\n{"b":2}',
];

describe('parseHttpRequest', () => {
  it.each([
    ['CRLF', '\r\n'],
    ['LF', '\n'],
  ])('reads a request with %s line ends, the body exactly as written', (_, end) => {
    const result = parseHttpRequest(RAW.join(end));
    expect(result).toMatchObject({
      ok: true,
      value: {
        method: 'POST',
        url: `https://${HOST}/release/v1/pay?x=1`,
        body: '{"a":1}\r\n{"b":2}',
      },
    });
    if (result.ok)
      expect(result.value.headers.map((h) => h.name)).toEqual(['Host', 'x-date', 'Content-Type']);
  });

  it('keeps an absolute-form target as it is', () => {
    const result = parseHttpRequest(`GET http://${HOST}/a HTTP/1.1\n\n`);
    expect(result).toMatchObject({ ok: true, value: { url: `http://${HOST}/a`, body: '' } });
  });

  it('reports a request line without a version, and where', () => {
    const result = parseHttpRequest('GET /v1/ping\nHost: h\n');
    expect(result).toEqual({
      ok: false,
      error: {
        message:
          'The request line "GET /v1/ping" has no HTTP version: expected "GET /v1/ping HTTP/1.1".',
        position: { line: 1, column: 13 },
      },
    });
  });

  it('reports a header line without a colon with its line number', () => {
    const result = parseHttpRequest('GET / HTTP/1.1\nHost: h\nx-date Fri\n\n');
    expect(result).toMatchObject({ ok: false, error: { position: { line: 3, column: 1 } } });
    if (!result.ok)
      expect(result.error.message).toMatch(/Expected a header line "Name: value" at line 3/);
  });

  it('warns when Content-Length disagrees with the body pasted', () => {
    const result = parseHttpRequest('POST / HTTP/1.1\nHost: h\nContent-Length: 10\n\nabc');
    expect(result.ok && result.value.warnings.map((w) => w.message).join(' ')).toMatch(
      /Content-Length says 10 bytes, but the body pasted has 3/,
    );
  });

  it('joins a folded header line to the one before', () => {
    const result = parseHttpRequest('GET / HTTP/1.1\nHost: h\nx-note: a\n  b\n\n');
    expect(result.ok && result.value.headers.at(-1)?.value).toBe('a b');
  });
});

describe('parseFailingRequest', () => {
  it('tells a curl command from a raw request', () => {
    expect(parseFailingRequest('curl https://h/a')).toMatchObject({
      ok: true,
      value: { format: 'curl' },
    });
    expect(parseFailingRequest('GET /a HTTP/1.1\nHost: h')).toMatchObject({
      ok: true,
      value: { format: 'http' },
    });
  });

  it('says what it expected when the paste is neither', () => {
    const result = parseFailingRequest('{"message":"HMAC signature does not match"}');
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error.message).toMatch(/^Expected a curl command or a raw HTTP request/);
  });
});

describe('parseAuthorization', () => {
  const good =
    'hmac id="AK", algorithm="hmac-sha1", headers="source x-date", signature="c2lnbmF0dXJlMTIzNDU2Nzg5MA=="';

  it('reads a well-formed header with no issue', () => {
    expect(parseAuthorization(good)).toEqual({
      ok: true,
      value: {
        scheme: 'hmac',
        id: 'AK',
        algorithm: 'hmac-sha1',
        headerNames: ['source', 'x-date'],
        signature: 'c2lnbmF0dXJlMTIzNDU2Nzg5MA==',
        issues: [],
      },
    });
  });

  it.each([
    [
      'a comma-separated headers list',
      good.replace('source x-date', 'source, x-date'),
      /separated by commas/,
      53,
    ],
    [
      'an unquoted value',
      good.replace('id="AK"', 'id=AK'),
      /value of id at column 9 is not in double quotes/,
      9,
    ],
    ['a missing comma', good.replace('"AK",', '"AK"'), /Expected a comma before column 14/, 14],
    ['another scheme', good.replace('hmac', 'Bearer'), /Expected the scheme hmac/, 1],
    [
      'an upper-case parameter name',
      good.replace('signature=', 'Signature='),
      /expected signature, found Signature/,
      63,
    ],
    [
      'an unknown algorithm',
      good.replace('hmac-sha1', 'HmacSHA1'),
      /algorithm="HmacSHA1" is not one the gateway names/,
      26,
    ],
    [
      'an empty signature',
      good.replace(/signature="[^"]*"/, 'signature=""'),
      /signature="" is empty: .*"HMAC id or signature missing"/,
      74,
    ],
    [
      'an empty headers list',
      good.replace('source x-date', ''),
      /headers="" is empty: expected the signed header names, at least x-date/,
      47,
    ],
  ])('names %s, with its column', (_, header, message, column) => {
    const result = parseAuthorization(header);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const issue = result.value.issues.find((i) => message.test(i.message));
    expect(issue?.column).toBe(column);
  });

  it('still reads the names of a comma-separated list', () => {
    const result = parseAuthorization(good.replace('source x-date', 'source, x-date'));
    expect(result.ok && result.value.headerNames).toEqual(['source', 'x-date']);
  });

  it('says the signature is missing the way the gateway does', () => {
    const result = parseAuthorization('hmac id="AK", algorithm="hmac-sha1", headers="x-date"');
    expect(result.ok && result.value.issues.map((i) => i.message)).toContain(
      'signature="…" is missing: the gateway answers "HMAC id or signature missing".',
    );
  });
});

describe('parseServerResponse', () => {
  const json =
    '{"message":"HMAC signature does not match, Server StringToSign:x-date: Fri, 20 Nov 2026 09:15:00 GMT#GET#application\\/json###\\/v1\\/users?id=3"}';
  const echo = 'x-date: Fri, 20 Nov 2026 09:15:00 GMT\nGET\napplication/json\n\n\n/v1/users?id=3';

  it('undoes # and \\/ in a JSON body', () => {
    expect(parseServerResponse(json)).toMatchObject({ ok: true, value: { stringToSign: echo } });
  });

  it('reads the echo from a header value, with the status line and other headers around it', () => {
    const response = [
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json',
      'X-Api-Error-Message: HMAC signature does not match, Server StringToSign:x-date: Fri, 20 Nov 2026 09:15:00 GMT#GET#application/json###/v1/users?id=3',
      '',
    ].join('\r\n');
    expect(parseServerResponse(response)).toMatchObject({
      ok: true,
      value: { stringToSign: echo },
    });
  });

  it('reads the echo from a whole response whose body is JSON', () => {
    expect(
      parseServerResponse(`HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n${json}`),
    ).toMatchObject({ ok: true, value: { stringToSign: echo } });
  });

  it('names the cause of another known gateway message', () => {
    expect(
      parseServerResponse(
        '{"message":"HMAC signature cannot be verified, the x-date header is out of date"}',
      ),
    ).toMatchObject({ ok: true, value: { cause: 'date-expired' } });
  });

  it('says what it expected when the paste holds no gateway error', () => {
    const result = parseServerResponse('{"code":0,"data":[]}');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^No gateway error found/);
  });
});

describe('readSigningString', () => {
  const value = 'x-date: Fri, 20 Nov 2026 09:15:00 GMT\nGET\n\n\n\n/v1/ping';

  it('reads real line breaks, dropping the one a paste adds at the end', () => {
    expect(readSigningString(`${value}\n`)).toEqual({ ok: true, value: { value, warnings: [] } });
  });

  it('reads \\n escapes from a log line', () => {
    expect(readSigningString(value.replace(/\n/g, '\\n'))).toEqual({
      ok: true,
      value: { value, warnings: [] },
    });
  });

  it('reads a quoted JSON string, escapes and all', () => {
    expect(readSigningString(JSON.stringify(`${value}\r\n`))).toEqual({
      ok: true,
      value: { value: `${value}\r\n`, warnings: [] },
    });
  });

  it('keeps a trailing \\n written as an escape', () => {
    expect(readSigningString(`${value.replace(/\n/g, '\\n')}\\n`)).toMatchObject({
      ok: true,
      value: { value: `${value}\n` },
    });
  });

  it('says how many lines it expected when given one', () => {
    const result = readSigningString('x-date: Fri, 20 Nov 2026 09:15:00 GMT');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/at least 6 lines .* found one line/);
  });
});

describe('decodeSignature', () => {
  // Twenty bytes whose Base64 has + and /, written in each encoding with node's Buffer as
  // the reference.
  const bytes = Uint8Array.from({ length: 20 }, (_, i) => 255 - i * 7);
  const buffer = Buffer.from(bytes);

  it.each([
    ['base64', buffer.toString('base64')],
    ['hex', buffer.toString('hex')],
    ['base64-unpadded', buffer.toString('base64').replace(/=+$/, '')],
    ['base64url', buffer.toString('base64url')],
    [
      'url-encoded-base64',
      encodeURIComponent(Buffer.from([250, 251, 252, ...bytes.slice(3)]).toString('base64')),
    ],
  ])('reads %s', (encoding, text) => {
    expect(decodeSignature(text).encoding).toBe(encoding);
  });

  it('returns the bytes of a hex signature', () => {
    expect(decodeSignature(buffer.toString('hex')).bytes).toEqual(bytes);
  });

  it('says when the text is no known encoding', () => {
    expect(decodeSignature('not a signature!')).toEqual({ encoding: 'unknown' });
  });
});
