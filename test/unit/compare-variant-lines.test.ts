import { describe, expect, it } from 'vitest';
import { buildVariantLines, joinVariantLines } from '../../src/compare/build-variant-lines';
import type { ParsedRequest } from '../../src/compare/paste-types';
import { buildVariantContext, type VariantContext } from '../../src/compare/variant-context';
import {
  applyChoices,
  DEFAULT_SETTINGS,
  type VariantSettings,
} from '../../src/compare/variant-settings';
import type { SigningInput, SigningOptions } from '../../src/signing/types';
import { allVectors } from '../support/vectors';

/** A pasted request that carries exactly a vector's input. */
function toRequest(input: SigningInput): ParsedRequest {
  const header = (name: string, value: string) => ({
    name,
    value: value.trim(),
    written: value,
    origin: 'pasted' as const,
  });
  const headers = [
    header('x-date', input.xDate),
    ...input.signedHeaders.map((entry) => header(entry.name, entry.value)),
    ...(input.accept === '' ? [] : [header('Accept', input.accept)]),
    ...(input.contentType === '' ? [] : [header('Content-Type', input.contentType)]),
  ];
  return {
    format: 'http',
    method: input.method,
    url: input.url,
    headers,
    body: input.body,
    warnings: [],
  };
}

function contextOf(input: SigningInput): VariantContext {
  const context = buildVariantContext(toRequest(input), [
    'x-date',
    ...input.signedHeaders.map((h) => h.name),
  ]);
  if (!context) throw new Error('the URL did not parse');
  return context;
}

function settingsFor(options: SigningOptions): VariantSettings {
  return applyChoices(DEFAULT_SETTINGS, [
    { aspect: 'md5', value: options.md5Encoding === 'raw' ? 'base64-raw' : 'base64-hex' },
    { aspect: 'values', value: options.parameterValues === 'raw' ? 'as-sent' : 'decoded' },
    { aspect: 'stage', value: options.removeStage ? 'whole-segment' : 'kept' },
  ]);
}

describe.each(allVectors)('vector $name', (vector) => {
  it("builds the vector's signing string under the settings matching its options", () => {
    const settings = settingsFor(vector.options);
    const lines = buildVariantLines(contextOf(vector.input), settings);
    expect(joinVariantLines(lines, 'lf')).toBe(vector.expected.signingString);
  });
});

describe('variant lines', () => {
  const input: SigningInput = {
    method: 'POST',
    url: 'https://h.example/testing/list?b=2&a=&tag=y&tag=x&q=%E4%BD%A0',
    accept: '',
    contentType: 'application/x-www-form-urlencoded',
    body: 'z=9&c=3',
    xDate: 'Fri, 20 Nov 2026 09:15:00 GMT',
    signedHeaders: [{ name: 'Source', value: '  app ' }],
  };
  const build = (...choices: Parameters<typeof applyChoices>[1]) =>
    buildVariantLines(contextOf(input), applyChoices(DEFAULT_SETTINGS, choices));

  // Each expectation is written out by hand from spec §1 and §2.
  it('gives the spec default', () => {
    expect(build()).toEqual({
      headers: ['source: app', 'x-date: Fri, 20 Nov 2026 09:15:00 GMT'],
      method: 'POST',
      accept: '',
      contentType: 'application/x-www-form-urlencoded',
      contentMd5: '',
      path: '/testing/list?a&b=2&c=3&q=你&tag=x&tag=y&z=9',
    });
  });

  it.each([
    [[{ aspect: 'stage', value: 'string-prefix' }], 'ing/list?a&b=2&c=3&q=你&tag=x&tag=y&z=9'],
    [
      [{ aspect: 'values', value: 'as-sent' }],
      '/testing/list?a&b=2&c=3&q=%E4%BD%A0&tag=x&tag=y&z=9',
    ],
    [[{ aspect: 'order', value: 'as-sent' }], '/testing/list?b=2&a&tag=y&tag=x&q=你&z=9&c=3'],
    [
      [{ aspect: 'order', value: 'query-then-form' }],
      '/testing/list?a&b=2&q=你&tag=x&tag=y&c=3&z=9',
    ],
    [
      [{ aspect: 'emptyValue', value: 'key-equals' }],
      '/testing/list?a=&b=2&c=3&q=你&tag=x&tag=y&z=9',
    ],
    [[{ aspect: 'repeated', value: 'first' }], '/testing/list?a&b=2&c=3&q=你&tag=y&z=9'],
    [[{ aspect: 'repeated', value: 'last' }], '/testing/list?a&b=2&c=3&q=你&tag=x&z=9'],
    [[{ aspect: 'form', value: 'left-out' }], '/testing/list?a&b=2&q=你&tag=x&tag=y'],
  ] as const)('builds the path under %j', (choices, path) => {
    expect(build(...choices).path).toBe(path);
  });

  it('sorts whole key=value strings, putting a-b=2 before a=1', () => {
    const context = contextOf({
      ...input,
      url: 'https://h/s?a=1&a-b=2',
      contentType: '',
      body: '',
    });
    const lines = buildVariantLines(
      context,
      applyChoices(DEFAULT_SETTINGS, [{ aspect: 'order', value: 'whole-string' }]),
    );
    expect(lines.path).toBe('/s?a-b=2&a=1');
  });

  it('varies the header lines', () => {
    expect(build({ aspect: 'headerLine', value: 'no-space' }).headers).toEqual([
      'source:app',
      'x-date:Fri, 20 Nov 2026 09:15:00 GMT',
    ]);
    expect(build({ aspect: 'headerLine', value: 'sent-case' }).headers[0]).toBe('Source: app');
    expect(build({ aspect: 'headerValue', value: 'as-written' }).headers[0]).toBe('source:  app ');
    expect(build({ aspect: 'headerOrder', value: 'as-sent' }).headers[0]).toMatch(/^x-date/);
    expect(build({ aspect: 'headerSet', value: 'x-date-only' }).headers).toHaveLength(1);
  });

  it('varies Content-MD5 for a JSON body: hex digest, raw digest, plain hex, none', () => {
    // Reference values: Python's hashlib.md5(b'{"e":1}'), encoded with base64.b64encode.
    const json = { ...input, contentType: 'application/json', body: '{"e":1}' };
    const md5 = (value: VariantSettings['md5']) =>
      buildVariantLines(contextOf(json), applyChoices(DEFAULT_SETTINGS, [{ aspect: 'md5', value }]))
        .contentMd5;
    expect(md5('base64-hex')).toBe('ZjczYTI0YjRiYmVmNzIwYmZkNzljYzc3ZTBlMTc1NTU=');
    expect(md5('hex')).toBe('f73a24b4bbef720bfd79cc77e0e17555');
    expect(md5('base64-raw')).toBe('9zoktLvvcgv9ecx34OF1VQ==');
    expect(md5('empty')).toBe('');
  });

  it('joins lines under each line-end variant', () => {
    const lines = {
      headers: ['x-date: D'],
      method: 'GET',
      accept: '',
      contentType: '',
      contentMd5: '',
      path: '/',
    };
    expect(joinVariantLines(lines, 'lf')).toBe('x-date: D\nGET\n\n\n\n/');
    expect(joinVariantLines(lines, 'crlf')).toBe('x-date: D\r\nGET\r\n\r\n\r\n\r\n/');
    expect(joinVariantLines(lines, 'trailing-lf')).toBe('x-date: D\nGET\n\n\n\n/\n');
    expect(joinVariantLines(lines, 'blank-after-headers')).toBe('x-date: D\n\nGET\n\n\n\n/');
    expect(joinVariantLines(lines, 'empty-lines-dropped')).toBe('x-date: D\nGET\n/');
  });
});
