import { deflateRawSync, inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeSharedRequest } from '../../src/share/decode-shared-request';
import { encodeSharedRequest } from '../../src/share/encode-shared-request';
import { inflateWithin } from '../../src/share/inflate-within';
import { findSharedRequest, formatShareLink } from '../../src/share/share-fragment';
import type { SharedRequest } from '../../src/share/shared-request';
import { ALGORITHMS } from '../../src/signing/types';

// Any UTF-16 code unit, lone surrogates included: a link must carry whatever was typed.
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((unit) => String.fromCharCode(unit));
const text = fc.oneof(fc.string({ unit: codeUnit }), fc.string({ unit: 'binary' }), fc.string());

const sharedRequest: fc.Arbitrary<SharedRequest> = fc.record({
  key: text,
  algorithm: fc.constantFrom(...ALGORITHMS),
  method: text,
  url: text,
  accept: text,
  contentType: text,
  body: text,
  xDate: fc.option(text, { nil: null }),
  signedHeaders: fc.array(fc.record({ name: text, value: text }), { maxLength: 5 }),
  options: fc.record({
    md5Encoding: fc.constantFrom('hex' as const, 'raw' as const),
    parameterValues: fc.constantFrom('decoded' as const, 'raw' as const),
    removeStage: fc.boolean(),
  }),
});

/** The format-1 array of a request, written out by hand from the format's description. */
function toWire(request: SharedRequest): unknown[] {
  return [
    request.key,
    request.algorithm,
    request.method,
    request.url,
    request.accept,
    request.contentType,
    request.body,
    request.xDate,
    request.signedHeaders.map(({ name, value }) => [name, value]),
    [request.options.md5Encoding, request.options.parameterValues, request.options.removeStage],
  ];
}

const EXAMPLE: SharedRequest = {
  key: 'APID4I7Ic3DPy83aaaaaaaaan2fwtwe1ywl64fof',
  algorithm: 'hmac-sha1',
  method: 'POST',
  url: 'http://service-xxxxxxxx-1234567890.hk.apigw.tencentcs.com/app',
  accept: 'application/json',
  contentType: 'application/x-www-form-urlencoded',
  body: 'arg1=a&arg2=b',
  xDate: 'Mon, 02 Jan 2006 15:04:05 GMT',
  signedHeaders: [{ name: 'source', value: 'apigw test' }],
  options: { md5Encoding: 'hex', parameterValues: 'decoded', removeStage: true },
};

/** Reads a payload with node:zlib and Buffer, an implementation apart from the page's. */
function readWithNode(encoded: string): unknown {
  const payload = encoded.slice(encoded.indexOf('.') + 1);
  return JSON.parse(inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8'));
}

/** The example's format-1 array with one item replaced. */
function exampleWith(index: number, item: unknown): unknown[] {
  const wire = toWire(EXAMPLE);
  wire[index] = item;
  return wire;
}

/** Writes format-1 text with node:zlib, as another implementation of the format would. */
function writeWithNode(json: string, format = 1): string {
  return `${format}.${deflateRawSync(Buffer.from(json, 'utf8')).toString('base64url')}`;
}

describe('share link encoding', () => {
  it('gives back every field of any request it encodes', () => {
    fc.assert(
      fc.property(sharedRequest, (request) => {
        expect(decodeSharedRequest(encodeSharedRequest(request))).toEqual({ ok: true, request });
      }),
    );
  });

  it('writes only characters that need no escaping in a URL fragment', () => {
    fc.assert(
      fc.property(sharedRequest, (request) => {
        expect(encodeSharedRequest(request)).toMatch(/^1\.[A-Za-z0-9_-]+$/);
      }),
    );
  });

  it('writes standard DEFLATE and base64url that node:zlib reads back', () => {
    const json = readWithNode(encodeSharedRequest(EXAMPLE));

    expect(json).toEqual(toWire(EXAMPLE));
  });

  it('reads a link written by another implementation of format 1', () => {
    const json = JSON.stringify(toWire(EXAMPLE));

    expect(decodeSharedRequest(writeWithNode(json))).toEqual({ ok: true, request: EXAMPLE });
  });

  it('never carries a secret, even from an object that holds one', () => {
    const secret = 'never-in-a-link-7f3a9c';
    const form = { ...EXAMPLE, secret, password: secret };

    const encoded = encodeSharedRequest(form);

    expect(JSON.stringify(readWithNode(encoded))).not.toContain(secret);
    expect(encoded).not.toContain(secret);
  });

  it('keeps a null x-date, which opens the link with a live clock', () => {
    const live = { ...EXAMPLE, xDate: null };

    expect(decodeSharedRequest(encodeSharedRequest(live))).toEqual({ ok: true, request: live });
  });

  it('compresses a typical request to a short link', () => {
    expect(encodeSharedRequest(EXAMPLE).length).toBeLessThan(360);
  });
});

describe('reading a link that is not a good format-1 link', () => {
  const good = encodeSharedRequest(EXAMPLE);

  it.each([
    ['2.eJyrVkpUslJQKkktLlGqBQAd9QRq', '2'],
    ['0.abc', '0'],
    ['17.', '17'],
  ])('names the format of a link from another version (%s)', (link, format) => {
    expect(decodeSharedRequest(link)).toEqual({ ok: false, problem: 'other-format', format });
  });

  it.each([
    ['an empty text', ''],
    ['no format number', 'abc'],
    ['characters outside base64url', '1.ab+c/d=='],
    ['a payload cut short', good.slice(0, good.length - 6)],
    [
      'a payload with one character changed',
      `${good.slice(0, 10)}${good[10] === 'A' ? 'B' : 'A'}${good.slice(11)}`,
    ],
    ['a payload that is not DEFLATE', '1.aGVsbG8gd29ybGQ'],
    ['DEFLATE data that is not JSON', writeWithNode('{not json')],
    ['JSON that is not an array', writeWithNode(JSON.stringify({ key: 'a' }))],
    ['a missing item', writeWithNode(JSON.stringify(toWire(EXAMPLE).slice(0, 9)))],
    ['an item more, such as a secret', writeWithNode(JSON.stringify([...toWire(EXAMPLE), 'x']))],
    ['an item of the wrong type', writeWithNode(JSON.stringify(exampleWith(6, 42)))],
    ['an unknown algorithm', writeWithNode(JSON.stringify(exampleWith(1, 'hmac-md5')))],
    ['an x-date that is not text', writeWithNode(JSON.stringify(exampleWith(7, 0)))],
    ['headers that are not pairs', writeWithNode(JSON.stringify(exampleWith(8, [['a']])))],
    ['an unknown variant', writeWithNode(JSON.stringify(exampleWith(9, ['md2', 'raw', true])))],
  ])('reports %s as a damaged link', (_what, link) => {
    const decoded = decodeSharedRequest(link);

    expect(decoded).toMatchObject({ ok: false, problem: 'damaged' });
    expect(decoded.ok ? '' : 'detail' in decoded && decoded.detail).toMatch(/^it/);
  });

  it('never throws on a link changed at random', () => {
    fc.assert(
      fc.property(fc.nat({ max: good.length - 1 }), fc.string({ maxLength: 4 }), (at, insert) => {
        const changed = good.slice(0, at) + insert + good.slice(at + 1);
        const decoded = decodeSharedRequest(changed);
        expect(
          decoded.ok || decoded.problem === 'damaged' || decoded.problem === 'other-format',
        ).toBe(true);
      }),
    );
  });

  it('refuses a small link that would inflate to tens of megabytes', () => {
    const bomb = writeWithNode(' '.repeat(64 * 1024 * 1024));

    expect(bomb.length).toBeLessThan(100_000);
    expect(decodeSharedRequest(bomb)).toMatchObject({ ok: false, problem: 'damaged' });
  });
});

describe('inflateWithin', () => {
  it('inflates what node:zlib deflated', () => {
    const data = new Uint8Array(deflateRawSync(Buffer.from('hello, hello, hello')));

    expect(new TextDecoder().decode(inflateWithin(data, 100))).toBe('hello, hello, hello');
  });

  it('stops at the limit', () => {
    const data = new Uint8Array(deflateRawSync(Buffer.alloc(10_000)));

    expect(inflateWithin(data, 9_999)).toBeUndefined();
    expect(inflateWithin(data, 10_000)?.length).toBe(10_000);
  });

  it('refuses empty or truncated data', () => {
    const data = new Uint8Array(deflateRawSync(Buffer.from('some text to squeeze')));

    expect(inflateWithin(new Uint8Array(), 100)).toBeUndefined();
    expect(inflateWithin(data.subarray(0, 4), 100)).toBeUndefined();
  });

  it('checks its arguments', () => {
    expect(() => inflateWithin('text' as unknown as Uint8Array, 1)).toThrow(TypeError);
    expect(() => inflateWithin(new Uint8Array(), -1)).toThrow(RangeError);
  });
});

describe('share link fragments', () => {
  it('puts the request in the fragment, replacing any fragment the page had', () => {
    expect(formatShareLink('https://example.com/play/?a=1#old', '1.abc')).toBe(
      'https://example.com/play/?a=1#share=1.abc',
    );
  });

  it('finds the request in a fragment, and nothing in other fragments', () => {
    expect(findSharedRequest('#share=1.abc')).toBe('1.abc');
    expect(findSharedRequest('#other')).toBeUndefined();
    expect(findSharedRequest('')).toBeUndefined();
  });
});
