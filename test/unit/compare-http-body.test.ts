import { describe, expect, it } from 'vitest';
import { decodeChunked } from '../../src/compare/decode-chunked';
import { diagnose } from '../../src/compare/diagnose';
import { parseHttpRequest } from '../../src/compare/parse-http-request';

const HEAD = 'POST /release/a HTTP/1.1\r\nHost: h\r\nContent-Type: application/json\r\n';

function bodyOf(text: string) {
  const parsed = parseHttpRequest(text);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('the body of a raw request', () => {
  it('is cut at Content-Length, with a warning about the bytes after it', () => {
    const request = bodyOf(`${HEAD}Content-Length: 7\r\n\r\n{"a":1}\r\n`);
    expect(request.body).toBe('{"a":1}');
    expect(request.warnings.map((w) => w.message).join(' ')).toMatch(/2 bytes more than/);
  });

  it('counts Content-Length in UTF-8 bytes, not in characters', () => {
    // "é" is two bytes in UTF-8 (RFC 3629), so 3 bytes are "aé".
    expect(bodyOf(`${HEAD}Content-Length: 3\r\n\r\naéz`).body).toBe('aé');
  });

  it('is decoded from chunked framing, trailers dropped', () => {
    const chunked =
      '4\r\nWiki\r\n6;name=x\r\npedia \r\nE\r\nin \r\n\r\nchunks.\r\n0\r\nX-T: 1\r\n\r\n';
    // RFC 9112's example body, as decoded by any HTTP/1.1 server.
    expect(bodyOf(`${HEAD}Transfer-Encoding: chunked\r\n\r\n${chunked}`).body).toBe(
      'Wikipedia in \r\n\r\nchunks.',
    );
  });

  it('tells why chunked framing cannot be decoded', () => {
    expect(decodeChunked('zz\r\nabc')).toEqual({
      ok: false,
      reason: 'expected a chunk size in hex at byte 0',
    });
    expect(decodeChunked('9\r\nabc\r\n0\r\n\r\n')).toMatchObject({ ok: false });
  });
});

describe('a body that cannot be read exactly', () => {
  it('does not make the secret the cause', async () => {
    const diagnosis = await diagnose({
      request: `${HEAD}Transfer-Encoding: gzip\r\nx-date: Fri, 20 Nov 2026 09:15:00 GMT\r\nAuthorization: hmac id="k", algorithm="hmac-sha1", headers="x-date", signature="AAAAAAAAAAAAAAAAAAAAAAAAAAA="\r\n\r\n(gzip bytes)`,
      serverResponse: '',
      clientSigningString: '',
      secret: 's',
      now: Date.parse('2026-11-20T09:15:00Z'),
    });
    expect(diagnosis.verdict).toBe('differs');
    expect(diagnosis.causes.map((cause) => cause.id)).not.toContain('secret-mismatch');
    expect(diagnosis.notes.join(' ')).toMatch(/secret is not blamed: Transfer-Encoding "gzip"/);
  });
});

describe('a Host header that is not a host', () => {
  it.each(['h#x', 'h/x', 'h?x', 'a@h', 'h x'])(
    'leaves the path of the request line signed, and says so, for Host: %s',
    async (host) => {
      const diagnosis = await diagnose({
        request: `GET /release/v1/list?b=2&a=1 HTTP/1.1\r\nHost: ${host}\r\nx-date: Fri, 20 Nov 2026 09:15:00 GMT\r\n\r\n`,
        serverResponse: '',
        clientSigningString: '',
        secret: 's',
        now: Date.parse('2026-11-20T09:15:00Z'),
      });
      // Spec §1.2: the stage is cut and the parameters sorted; the host plays no part.
      expect(diagnosis.expected?.signingString.split('\n').at(-1)).toBe('/v1/list?a=1&b=2');
      const warnings = diagnosis.warnings.request?.map((w) => w.message).join(' ');
      expect(warnings).toMatch(/is not a host name with an optional port/);
    },
  );

  it('accepts a name with a port and an IPv6 literal', () => {
    for (const host of ['service-x.gz.apigw.tencentcs.com:8080', '[::1]:443']) {
      const request = bodyOf(`GET / HTTP/1.1\r\nHost: ${host}\r\n\r\n`);
      expect(request.url).toBe(`https://${host}/`);
    }
  });
});
