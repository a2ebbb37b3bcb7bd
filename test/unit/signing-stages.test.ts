import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { compareUtf8 } from '../../src/signing/compare-bytes';
import { computeContentMd5, isFormContentType } from '../../src/signing/content-md5';
import { parseRequestUrl } from '../../src/signing/parse-url';
import { removeStagePrefix } from '../../src/signing/remove-stage';
import { buildHeadersToSend } from '../../src/signing/headers-to-send';
import { buildSigningLines } from '../../src/signing/signing-lines';
import { parseXDate, formatXDate } from '../../src/signing/x-date';
import { allVectors } from '../support/vectors';

// Each vector's expected signing string, cut into its stages: the header block, then the five
// field lines. The expected values are the spec's, not ours.
function expectedStages(signingString: string) {
  const lines = signingString.split('\n');
  const fields = lines.slice(-5);
  return { headerLines: lines.slice(0, -5), fields };
}

describe.each(allVectors)('stages of vector $name', (vector) => {
  const built = buildSigningLines(vector.input, vector.options);
  const stages = expectedStages(vector.expected.signingString);

  it('writes the expected signed header lines', () => {
    const headers = built?.lines.filter((line) => line.kind === 'header');
    expect(headers?.map((line) => `${line.label}: ${line.value}`)).toEqual(stages.headerLines);
  });

  it('writes the expected method, Accept, Content-Type and Content-MD5 lines', () => {
    const fields = built?.lines.filter((line) => line.kind !== 'header');
    expect(fields?.slice(0, 4).map((line) => line.value)).toEqual(stages.fields.slice(0, 4));
  });

  it('writes the expected PathAndParameters', () => {
    expect(built?.pathAndParameters.value).toBe(stages.fields[4]);
  });
});

describe('stage removal', () => {
  it.each([
    ['/release/a', '/a'],
    ['/release', '/'],
    ['/prepub/x/y', '/x/y'],
    ['/test/', '/'],
    ['/releases/a', '/releases/a'],
    ['/testing', '/testing'],
    ['/a/release/b', '/a/release/b'],
    ['', '/'],
  ])('turns %s into %s', (path, expected) => {
    expect(removeStagePrefix(path).path).toBe(expected);
  });
});

describe('Content-MD5', () => {
  it('is Base64 of the hex digest by default, as the spec example states', () => {
    const body = new TextEncoder().encode('{"arg1":"a","arg2":"b"}');
    expect(computeContentMd5(body, 'hex')).toBe('MzNiMjk0MTJjZWIzMWQ5NmE1OGRiZDYyOWMwNWQ0ZGE=');
    expect(computeContentMd5(body, 'raw')).toBe('M7KUEs6zHZaljb1inAXU2g==');
  });

  it('agrees with node:crypto for the RFC 1321 test suite strings', () => {
    for (const text of ['', 'a', 'abc', 'message digest', 'abcdefghijklmnopqrstuvwxyz']) {
      const hex = createHash('md5').update(text).digest('hex');
      const bytes = new TextEncoder().encode(text);
      expect(computeContentMd5(bytes, 'hex')).toBe(Buffer.from(hex).toString('base64'));
    }
  });

  it('recognises a form media type whatever its case and parameters', () => {
    expect(isFormContentType('Application/X-WWW-Form-Urlencoded ; charset=UTF-8')).toBe(true);
    expect(isFormContentType('application/x-www-form-urlencoded-not')).toBe(false);
    expect(isFormContentType('')).toBe(false);
  });
});

describe('URL reading', () => {
  it('keeps the path and query exactly as typed', () => {
    const parsed = parseRequestUrl('https://h.example:8443/a%2Fb/%7e?x=%41+b#frag');
    expect(parsed).toEqual({
      ok: true,
      target: {
        origin: 'https://h.example:8443',
        host: 'h.example:8443',
        path: '/a%2Fb/%7e',
        query: 'x=%41+b',
      },
    });
  });

  it('reads a URL with no path as /', () => {
    expect(parseRequestUrl('http://h.example?b=1')).toMatchObject({
      target: { path: '/', query: 'b=1' },
    });
  });
});

describe('UTF-8 byte order', () => {
  it('puts U+FF5A before U+1F600, unlike UTF-16 order', () => {
    expect(compareUtf8('\uff5a', '\u{1f600}')).toBeLessThan(0);
    expect('\uff5a' < '\u{1f600}').toBe(false);
  });
});

describe('x-date', () => {
  it('formats the documented example date from its instant', () => {
    expect(formatXDate(Date.UTC(2006, 0, 2, 15, 4, 5))).toBe('Mon, 02 Jan 2006 15:04:05 GMT');
  });

  it.each([
    '2006-01-02T15:04:05Z',
    'Mon, 02 Jan 2006 15:04:05 +0000',
    'Tue, 02 Jan 2006 15:04:05 GMT',
    'Mon, 2 Jan 2006 15:04:05 GMT',
    'Mon, 31 Feb 2006 15:04:05 GMT',
    'Mo, 02 Jan 2006 15:04:05 GMT',
    'lun., 02 janv. 2006 15:04:05 GMT',
  ])('refuses %s', (text) => {
    expect(parseXDate(text)).toBeUndefined();
  });
});

describe('parameters with unpaired surrogates', () => {
  it('sorts them as the U+FFFD that UTF-8 encoding makes of them', () => {
    // UTF-8 of U+E000 is EE 80 80, of U+FFFD is EF BF BD: U+E000 comes first on the wire.
    const vector = allVectors[1];
    if (!vector) throw new Error('no vectors');
    const url = 'https://h.example/x?\ud800=1&\ue000=2';
    const built = buildSigningLines({ ...vector.input, url }, vector.options);
    expect(built?.pathAndParameters.value).toBe('/x?\ue000=2&\ufffd=1');
  });
});

describe('headers to send', () => {
  it('sends a header signed both as an extra line and on its own line once', () => {
    const vector = allVectors[0];
    if (!vector) throw new Error('no vectors');
    const built = buildSigningLines(
      {
        ...vector.input,
        signedHeaders: [{ name: 'Accept', value: vector.input.accept }],
      },
      vector.options,
    );
    const headers = buildHeadersToSend({
      host: 'h',
      accept: vector.input.accept,
      contentType: vector.input.contentType,
      contentMd5: '',
      signedHeaders: built?.signedHeaders ?? [],
      authorization: 'hmac …',
    });
    expect(headers.filter((header) => header.name.toLowerCase() === 'accept')).toHaveLength(1);
  });
});
