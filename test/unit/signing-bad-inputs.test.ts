import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatAuthorization } from '../../src/signing/authorization';
import { encodeBase64 } from '../../src/signing/base64';
import { compareUtf8 } from '../../src/signing/compare-bytes';
import { computeContentMd5, isFormContentType } from '../../src/signing/content-md5';
import { buildHeadersToSend } from '../../src/signing/headers-to-send';
import { signHmac } from '../../src/signing/hmac';
import { isHttpToken, trimHeaderValue } from '../../src/signing/http-token';
import {
  decodeComponent,
  formatParameters,
  sortPairs,
  splitPairs,
  toSignedPairs,
} from '../../src/signing/parameters';
import { parseRequestUrl } from '../../src/signing/parse-url';
import { buildPathAndParameters } from '../../src/signing/path-and-parameters';
import { removeStagePrefix } from '../../src/signing/remove-stage';
import { signRequest } from '../../src/signing/sign-request';
import { collectSignedHeaders, formatHeaderLine } from '../../src/signing/signed-headers';
import { buildSigningLines, joinSigningLines } from '../../src/signing/signing-lines';
import { DEFAULT_OPTIONS, type SigningInput } from '../../src/signing/types';
import { validateInput } from '../../src/signing/validate-input';
import { formatXDate, parseXDate } from '../../src/signing/x-date';

const INPUT: SigningInput = {
  method: 'GET',
  url: 'https://h.example/a',
  accept: '',
  contentType: '',
  body: '',
  xDate: 'Mon, 02 Jan 2006 15:04:05 GMT',
  signedHeaders: [],
};
const NOT_A_STRING = [undefined, null, 1, {}, [], Symbol('s')];

// Programmer errors: each public function named with the calls that must throw, and which error.
// Values are passed through `unknown` on purpose: TypeScript would refuse them, JavaScript callers would not.
type Call = (bad: unknown) => unknown;
const stringFunctions: Record<string, Call> = {
  parseRequestUrl: (bad) => parseRequestUrl(bad as string),
  removeStagePrefix: (bad) => removeStagePrefix(bad as string),
  splitPairs: (bad) => splitPairs(bad as string),
  decodeComponent: (bad) => decodeComponent(bad as string),
  isFormContentType: (bad) => isFormContentType(bad as string),
  isHttpToken: (bad) => isHttpToken(bad as string),
  trimHeaderValue: (bad) => trimHeaderValue(bad as string),
  parseXDate: (bad) => parseXDate(bad as string),
  'compareUtf8 (first)': (bad) => compareUtf8(bad as string, 'a'),
  'compareUtf8 (second)': (bad) => compareUtf8('a', bad as string),
  'collectSignedHeaders (xDate)': (bad) => collectSignedHeaders(bad as string, []),
  'formatHeaderLine (value)': (bad) => formatHeaderLine({ name: 'a', value: bad as string }),
  'buildPathAndParameters (body)': (bad) =>
    buildPathAndParameters({ path: '/', query: '' }, '', bad as string, DEFAULT_OPTIONS),
  'validateInput (url)': (bad) =>
    validateInput({ ...INPUT, url: bad as string }, { key: '', secret: '' }),
  'validateInput (secret)': (bad) => validateInput(INPUT, { key: 'k', secret: bad as string }),
  'buildSigningLines (body)': (bad) =>
    buildSigningLines({ ...INPUT, body: bad as string }, DEFAULT_OPTIONS),
  'formatAuthorization (key)': (bad) =>
    formatAuthorization({
      key: bad as string,
      algorithm: 'hmac-sha1',
      headerNames: [],
      signature: '',
    }),
};

const arrayFunctions: Record<string, Call> = {
  sortPairs: (bad) => sortPairs(bad as []),
  formatParameters: (bad) => formatParameters(bad as []),
  toSignedPairs: (bad) => toSignedPairs(bad as [], 'query', 'decoded', []),
  joinSigningLines: (bad) => joinSigningLines(bad as []),
  collectSignedHeaders: (bad) => collectSignedHeaders('x', bad as []),
  'validateInput (signedHeaders)': (bad) =>
    validateInput({ ...INPUT, signedHeaders: bad as [] }, { key: '', secret: '' }),
  buildHeadersToSend: (bad) =>
    buildHeadersToSend({
      host: 'h',
      accept: '',
      contentType: '',
      contentMd5: '',
      authorization: '',
      signedHeaders: bad as [],
    }),
};

describe('each public function of the core refuses arguments of the wrong type', () => {
  describe.each(Object.entries(stringFunctions))('%s', (_name, call) => {
    it.each(NOT_A_STRING.map((bad) => [String(typeof bad), bad]))(
      'throws a TypeError for %s',
      (_type, bad) => {
        expect(() => call(bad)).toThrow(TypeError);
      },
    );
  });

  describe.each(Object.entries(arrayFunctions))('%s', (_name, call) => {
    it.each([undefined, null, 'a', 1, {}].map((bad) => [String(bad), bad]))(
      'throws a TypeError for %s',
      (_type, bad) => {
        expect(() => call(bad)).toThrow(TypeError);
      },
    );
  });

  it('encodeBase64 and computeContentMd5 refuse what is not bytes', () => {
    for (const bad of ['abc', [1, 2], null, new ArrayBuffer(2)]) {
      expect(() => encodeBase64(bad as unknown as Uint8Array)).toThrow(TypeError);
      expect(() => computeContentMd5(bad as unknown as Uint8Array, 'hex')).toThrow(TypeError);
    }
  });

  it('signHmac and signRequest reject what is not text', async () => {
    await expect(signHmac('hmac-sha1', 1 as unknown as string, 'm')).rejects.toThrow(TypeError);
    await expect(signHmac('hmac-sha1', 's', null as unknown as string)).rejects.toThrow(TypeError);
    await expect(
      signRequest(null as never, { key: '', secret: 's', algorithm: 'hmac-sha1' }),
    ).rejects.toThrow(TypeError);
  });
});

describe('each public function of the core refuses values out of range', () => {
  it.each([
    [
      'computeContentMd5 with an unknown encoding',
      () => computeContentMd5(new Uint8Array(1), 'base32' as 'hex'),
    ],
    ['formatXDate with NaN', () => formatXDate(Number.NaN)],
    ['formatXDate past the last date', () => formatXDate(9e15)],
    ['toSignedPairs with an unknown mode', () => toSignedPairs([], 'query', 'half' as 'raw', [])],
    [
      'buildSigningLines with an unknown variant',
      () => buildSigningLines(INPUT, { ...DEFAULT_OPTIONS, md5Encoding: 'b64' as 'hex' }),
    ],
    [
      'formatAuthorization with an unknown algorithm',
      () =>
        formatAuthorization({
          key: 'k',
          algorithm: 'hmac-md5' as 'hmac-sha1',
          headerNames: [],
          signature: 's',
        }),
    ],
  ])('%s throws a RangeError', (_name, call) => {
    expect(call).toThrow(RangeError);
  });

  it('signHmac rejects an unknown algorithm and an empty secret', async () => {
    await expect(signHmac('hmac-sha384' as 'hmac-sha1', 's', 'm')).rejects.toThrow(RangeError);
    await expect(signHmac('constructor' as 'hmac-sha1', 's', 'm')).rejects.toThrow(RangeError);
    await expect(signHmac('hmac-sha1', '', 'm')).rejects.toThrow(RangeError);
  });
});

describe('what a user types is reported, never thrown', () => {
  const badTyping = [
    '',
    ' ',
    'not a url',
    'ftp://h/a',
    'https://',
    'https://[::1',
    'http://h/%zz?a=%E4&b=%',
    'https://h/\u0000?\ud800=1',
    'https://h/' + 'a=1&'.repeat(2000),
    '\r\n',
  ];

  it.each(badTyping.map((text) => [JSON.stringify(text).slice(0, 40), text]))(
    'validates and builds %s in every field',
    (_label, text) => {
      const input: SigningInput = {
        method: text,
        url: text,
        accept: text,
        contentType: text,
        body: text,
        xDate: text,
        signedHeaders: [{ name: text, value: text }],
      };
      expect(() => validateInput(input, { key: text, secret: text })).not.toThrow();
      expect(() => buildSigningLines(input, DEFAULT_OPTIONS)).not.toThrow();
    },
  );

  it('reports each field typed as generated text without throwing', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.string({ maxLength: 60 }),
        (text, other) => {
          const input = {
            ...INPUT,
            url: `https://h.example/${text}`,
            accept: text,
            xDate: other,
            body: text,
          };
          const issues = validateInput(input, { key: other, secret: text });
          expect(Array.isArray(issues)).toBe(true);
          expect(() => buildSigningLines(input, DEFAULT_OPTIONS)).not.toThrow();
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ties CR or LF in a header value to that value', () => {
    const input = { ...INPUT, signedHeaders: [{ name: 'source', value: 'a\r\nInjected: 1' }] };
    const issues = validateInput(input, { key: 'k', secret: 's' });
    expect(issues).toContainEqual(
      expect.objectContaining({ field: 'signedHeaders.0.value', severity: 'error' }),
    );
  });

  it('refuses an extra signed Accept or Host whose value differs from the one sent', () => {
    const input = {
      ...INPUT,
      accept: 'application/json',
      signedHeaders: [
        { name: 'Accept', value: 'text/plain' },
        { name: 'Host', value: 'other.example' },
      ],
    };
    const issues = validateInput(input, { key: 'k', secret: 's' });
    expect(issues).toContainEqual(
      expect.objectContaining({ field: 'signedHeaders.0.value', severity: 'error' }),
    );
    expect(issues).toContainEqual(
      expect.objectContaining({ field: 'signedHeaders.1.value', severity: 'error' }),
    );
  });

  it.each(['GET', 'head'])('warns, without stopping signing, of a body sent with %s', (method) => {
    const issues = validateInput({ ...INPUT, method, body: 'a' }, { key: 'k', secret: 's' });
    const onBody = issues.filter((issue) => issue.field === 'body');
    expect(onBody).toEqual([expect.objectContaining({ severity: 'warning' })]);
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(
      validateInput({ ...INPUT, method: 'POST', body: 'a' }, { key: 'k', secret: 's' }),
    ).toEqual([]);
  });
});
