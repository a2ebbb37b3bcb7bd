import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/compare/diagnose';
import { encodeLikeCurl } from '../../src/compare/encode-like-curl';
import { parseFailingRequest } from '../../src/compare/parse-failing-request';

const NOW = Date.parse('2027-03-01T12:00:00Z');

function diagnosePaste(request: string) {
  return diagnose({ request, serverResponse: '', clientSigningString: '', secret: 's', now: NOW });
}

describe('a paste holding a lone surrogate', () => {
  it('is percent-encoded by --data-urlencode as bash and curl 7.88 send it', () => {
    // `curl --data-urlencode $'q=\ud800'` sent q=%ED%A0%80 to a local listener: bash writes
    // the surrogate as three bytes, and curl escapes each.
    expect(encodeLikeCurl('\ud800')).toBe('%ED%A0%80');
    expect(encodeLikeCurl('a\udfff!')).toBe('a%ED%BF%BF%21');
  });

  it('is diagnosed without an error, with a warning beside the request', async () => {
    const diagnosis = await diagnosePaste(
      "curl 'https://h/release/x' --data-urlencode $'q=\\ud800'",
    );
    expect(diagnosis.errors).toEqual({});
    expect(diagnosis.request?.body).toBe('q=%ED%A0%80');
    expect(diagnosis.expected?.signature).toMatch(/=$/);
  });

  it('is read with a warning that signing turns it into U+FFFD', () => {
    const parsed = parseFailingRequest("curl https://h/a -d $'x\\udc00y'");
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const warnings = parsed.value.warnings.map((warning) => warning.message).join(' ');
    expect(warnings).toMatch(/lone surrogate U\+DC00/);
    expect(warnings).toMatch(/U\+FFFD/);
  });
});

describe('diagnose on random pastes', () => {
  const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
  const piece = fc.oneof(
    fc.string({ unit: 'binary' }),
    surrogate,
    fc.constantFrom(
      'curl ',
      'https://h/release/x?',
      ' -d ',
      ' --data-urlencode ',
      ' --json ',
      " $'",
      '\\u',
      '\\ud800',
      '\\U0010FFFF',
      "'",
      '"',
      '%',
      '%E0%A4',
      '&',
      '=',
      'GET / HTTP/1.1\r\n',
      'Host: ',
      'Authorization: hmac id="k", algorithm="hmac-sha1", headers="x-date", signature="',
      '\r\n\r\n',
      'Transfer-Encoding: chunked\r\n',
      'Content-Length: 3\r\n',
      ' -H ',
    ),
  );
  const text = fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join(''));
  const option = fc.constantFrom('-d', '--data-urlencode', '--json', '-H', '--url', '-G', '-X');
  const curl = fc
    .array(fc.tuple(option, text), { maxLength: 4 })
    .map(
      (words) => `curl 'https://h/release/x' ${words.map(([o, a]) => `${o} $'${a}'`).join(' ')}`,
    );
  const http = fc
    .tuple(text, text, text)
    .map(
      ([target, header, body]) =>
        `POST /${target} HTTP/1.1\r\nHost: h\r\nX: ${header}\r\n\r\n${body}`,
    );
  const paste = fc.oneof(text, curl, http);

  it('never throws', async () => {
    await fc.assert(
      fc.asyncProperty(paste, paste, paste, async (request, serverResponse, logged) => {
        await diagnose({
          request,
          serverResponse,
          clientSigningString: logged,
          secret: 's',
          now: NOW,
        });
      }),
      { numRuns: 300 },
    );
  });
});
