import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestBody } from '../../src/signing/body-digest';
import { formatContentMd5 } from '../../src/signing/content-md5';
import { buildSigningLines } from '../../src/signing/signing-lines';
import { DEFAULT_OPTIONS, type SigningInput } from '../../src/signing/types';

function md5(bytes: Buffer): Buffer {
  return createHash('md5').update(bytes).digest();
}

const INPUT: SigningInput = {
  method: 'POST',
  url: 'https://example.com/app',
  accept: '',
  contentType: 'application/json',
  body: '{"arg1":"a","arg2":"b"}',
  xDate: 'Mon, 02 Jan 2006 15:04:05 GMT',
  signedHeaders: [],
};

describe('digestBody', () => {
  it.each([
    ['ASCII', 'hello', Buffer.from('hello')],
    ['multi-byte UTF-8', 'ü 🙂', Buffer.from('ü 🙂', 'utf8')],
    [
      'an unpaired surrogate, sent as U+FFFD',
      'a\uD800b',
      Buffer.from([0x61, 0xef, 0xbf, 0xbd, 0x62]),
    ],
    ['NUL bytes', 'a\0b', Buffer.from([0x61, 0x00, 0x62])],
  ])('hashes the UTF-8 bytes of %s as node:crypto does', (_what, body, bytes) => {
    const digest = digestBody(body);

    expect(Buffer.from(digest.md5)).toEqual(md5(bytes));
    expect(digest.byteLength).toBe(bytes.length);
    expect(digest.body).toBe(body);
  });

  it('checks its argument', () => {
    expect(() => digestBody(42 as unknown as string)).toThrow(TypeError);
  });
});

describe('formatContentMd5', () => {
  // The spec's values for the body {"arg1":"a","arg2":"b"} (spec §1.3).
  const digest = new Uint8Array(md5(Buffer.from('{"arg1":"a","arg2":"b"}')));

  it('writes Base64 of the hex digest, and of the raw digest under the variant', () => {
    expect(formatContentMd5(digest, 'hex')).toBe('MzNiMjk0MTJjZWIzMWQ5NmE1OGRiZDYyOWMwNWQ0ZGE=');
    expect(formatContentMd5(digest, 'raw')).toBe('M7KUEs6zHZaljb1inAXU2g==');
  });

  it('checks its arguments', () => {
    expect(() => formatContentMd5(new Uint8Array(15), 'hex')).toThrow(TypeError);
    expect(() => formatContentMd5(digest, 'base32' as 'hex')).toThrow(RangeError);
  });
});

describe('buildSigningLines with a digest computed elsewhere', () => {
  it('signs what it signs when it hashes the body itself', () => {
    const own = buildSigningLines(INPUT, DEFAULT_OPTIONS);
    const given = buildSigningLines(INPUT, DEFAULT_OPTIONS, digestBody(INPUT.body));

    expect(given?.lines).toEqual(own?.lines);
    expect(given?.contentMd5).toBe('MzNiMjk0MTJjZWIzMWQ5NmE1OGRiZDYyOWMwNWQ0ZGE=');
  });

  it('refuses the digest of another body', () => {
    expect(() => buildSigningLines(INPUT, DEFAULT_OPTIONS, digestBody('other'))).toThrow(
      RangeError,
    );
  });
});
