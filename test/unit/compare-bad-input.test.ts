import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/compare/diagnose';
import { parseAuthorization } from '../../src/compare/parse-authorization';
import { parseCurl } from '../../src/compare/parse-curl';
import { parseFailingRequest } from '../../src/compare/parse-failing-request';
import { parseHttpRequest } from '../../src/compare/parse-http-request';
import { parseServerResponse } from '../../src/compare/parse-server-response';
import type { ParseResult } from '../../src/compare/paste-types';
import { readSigningString } from '../../src/compare/read-signing-string';

const FIVE_MEGABYTES = `curl https://h/a --data-raw '${'x'.repeat(5_000_000)}'`;

// Each bad paste, and what its message must say about what was expected and where.
const BAD_PASTES: readonly [string, string, RegExp][] = [
  ['empty', '', /^Empty: paste /],
  ['only white space', ' \n\t ', /^Empty: paste /],
  [
    'binary',
    'curl https://h/a\n\0\x01PNG',
    /binary data, not text: a NUL byte \(0x00\) at line 2, column 1/,
  ],
  [
    'a replacement character',
    'GET / HTTP/1.1\nHost: \ufffd',
    /U\+FFFD replacement character at line 2, column 7/,
  ],
  ['5 MB', FIVE_MEGABYTES, /5\.0 million characters; .* expected, well under 1 million/],
];

const PARSERS: readonly [string, (text: string) => ParseResult<unknown>][] = [
  ['parseFailingRequest', parseFailingRequest],
  ['parseCurl', parseCurl],
  ['parseHttpRequest', parseHttpRequest],
  ['parseServerResponse', parseServerResponse],
  ['readSigningString', readSigningString],
];

describe.each(PARSERS)('%s', (_, parse) => {
  it.each(BAD_PASTES)('refuses a paste that is %s, saying why', (__, text, message) => {
    const result = parse(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });

  it('throws a TypeError for a value that is not a string', () => {
    expect(() => parse(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('bad failing requests', () => {
  it.each([
    [
      'half a curl command',
      "curl 'https://h/a' \\\n  -H 'x-date: Fri, 20",
      /The ' opened at line 2, column 6 is never closed/,
    ],
    [
      'a curl command cut after a backslash',
      "curl 'https://h/a' \\",
      /ends with a backslash at line 1, column 20/,
    ],
    [
      'unbalanced double quotes',
      'curl "https://h/a',
      /The " opened at line 1, column 6 is never closed/,
    ],
    ['curl without a URL', "curl -H 'x-date: D'", /No URL found: expected one after curl/],
    ['a Windows cmd copy', 'curl ^"https://h/a^" -H ^"x: 1^"', /Windows cmd form/],
    [
      'a request line without a version',
      'GET /v1/ping\nHost: h',
      /has no HTTP version: expected "GET \/v1\/ping HTTP\/1.1"/,
    ],
    ['a bad HTTP version', 'GET / HTTX/1.1\nHost: h', /Expected the version HTTP\/1.1/],
    [
      'a header line without a colon',
      'GET / HTTP/1.1\nHost h',
      /Expected a header line "Name: value" at line 2/,
    ],
    ['prose', 'my request fails, why?', /Expected a curl command or a raw HTTP request/],
  ])('explains %s', (_, text, message) => {
    const result = parseFailingRequest(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });
});

describe('parseAuthorization on bad values', () => {
  it.each([
    ['', /is empty: expected hmac id=/],
    ['hmac', /No parameters after "hmac"/],
    ['Basic dXNlcjpwYXNz', /No parameters after "Basic"/],
  ])('refuses %j, saying what it expected', (value, message) => {
    const result = parseAuthorization(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(message);
  });

  it('reads past an unclosed quote and names it', () => {
    const result = parseAuthorization('hmac id="AK, signature="x"');
    expect(result.ok && result.value.issues[0]?.message).toBe(
      'Expected a comma before column 25, after id="…".',
    );
  });
});

describe('diagnose on bad input', () => {
  const base = { request: '', serverResponse: '', clientSigningString: '', secret: 's', now: 0 };

  it.each([
    ['an empty request', {}, 'request'],
    ['a binary request', { request: '\0\0\0' }, 'request'],
    ['a 5 MB request', { request: FIVE_MEGABYTES }, 'request'],
    ['a URL that does not parse', { request: 'curl https://' }, 'request'],
    [
      'a bad server response',
      { request: 'curl https://h/a', serverResponse: 'oops' },
      'serverResponse',
    ],
    [
      'a one-line signing string',
      { request: 'curl https://h/a', clientSigningString: 'GET' },
      'clientSigningString',
    ],
    ['an empty secret', { request: 'curl https://h/a', secret: '' }, 'secret'],
  ] as const)(
    'returns an error on its field for %s, without throwing',
    async (_, change, field) => {
      const diagnosis = await diagnose({ ...base, ...change });
      expect(diagnosis.errors[field]?.message).toMatch(/\S/);
    },
  );

  it('still shows the request and the signing string when the secret is missing', async () => {
    const diagnosis = await diagnose({
      ...base,
      request: "curl https://h/a -H 'x-date: D'",
      secret: '',
    });
    expect(diagnosis.expected?.signingString).toBe('x-date: D\nGET\n*/*\n\n\n/a');
    expect(diagnosis.verdict).toBe('unknown');
  });

  it('throws a RangeError when now is not a number', async () => {
    await expect(diagnose({ ...base, now: Number.NaN })).rejects.toThrow(RangeError);
  });
});
