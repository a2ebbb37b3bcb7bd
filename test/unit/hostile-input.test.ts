import { describe, expect, it } from 'vitest';
import type { Field, SigningInput } from '../../src/signing/types';
import { validateInput } from '../../src/signing/validate-input';

const CLEAN: SigningInput = {
  method: 'POST',
  url: 'https://example.apigw.tencentcs.com/release/app',
  accept: 'application/json',
  contentType: 'application/json',
  body: '{}',
  xDate: 'Mon, 02 Jan 2006 15:04:05 GMT',
  signedHeaders: [{ name: 'source', value: 'test' }],
};
const CREDENTIALS = { key: 'AKIDtest', secret: 'secretkey' };
const LONE_HIGH = '\uD83D';
const LONE_LOW = '\uDE42';

function issuesFor(change: Partial<SigningInput>, credentials = CREDENTIALS) {
  return validateInput({ ...CLEAN, ...change }, credentials);
}

function header(name: string, value: string): Partial<SigningInput> {
  return { signedHeaders: [{ name, value }] };
}

describe('input that could inject a header or a line of the signing string', () => {
  it('starts clean', () => {
    expect(issuesFor({})).toEqual([]);
  });

  it.each<[string, Partial<SigningInput>, Field, RegExp]>([
    ['LF in a header name', header('x-a\nx-b', 'v'), 'signedHeaders.0.name', /line break/],
    ['CR in a header name', header('x-a\r', 'v'), 'signedHeaders.0.name', /line break/],
    ['NUL in a header name', header('x-a\0', 'v'), 'signedHeaders.0.name', /NUL/],
    [
      'a surrogate in a header name',
      header(`x-${LONE_LOW}`, 'v'),
      'signedHeaders.0.name',
      /surrogate/,
    ],
    [
      'CRLF in a header value',
      header('source', 'a\r\nx-injected: 1'),
      'signedHeaders.0.value',
      /line break/,
    ],
    ['NUL in a header value', header('source', 'a\0b'), 'signedHeaders.0.value', /NUL/],
    [
      'a surrogate in a header value',
      header('source', LONE_HIGH),
      'signedHeaders.0.value',
      /surrogate/,
    ],
    ['LF in Accept', { accept: 'a\nb' }, 'accept', /line break/],
    ['NUL in Content-Type', { contentType: 'text/plain\0' }, 'contentType', /NUL/],
    ['a surrogate in x-date', { xDate: `Mon${LONE_LOW}` }, 'xDate', /surrogate/],
    ['LF in the URL', { url: 'https://h.example/a\nb' }, 'url', /line break/],
    ['CR in the URL', { url: 'https://h.example/a\rb' }, 'url', /line break/],
    ['NUL in the URL', { url: 'https://h.example/a\0' }, 'url', /NUL/],
    ['a tab in the URL', { url: 'https://h.example/a\tb' }, 'url', /tab/],
    ['a surrogate in the URL', { url: `https://h.example/${LONE_HIGH}` }, 'url', /surrogate/],
  ])('refuses %s with an error on that field', (_what, change, field, message) => {
    const issues = issuesFor(change);

    expect(issues).toContainEqual({
      field,
      severity: 'error',
      message: expect.stringMatching(message),
    });
  });

  it.each([
    ['NUL in the key', { key: 'AKID\0', secret: 's' }, /NUL/],
    ['a surrogate in the key', { key: `AKID${LONE_HIGH}`, secret: 's' }, /surrogate/],
    ['a line break in the key', { key: 'AKID\n', secret: 's' }, /line break/],
  ])('refuses %s, which would break the Authorization header', (_what, credentials, message) => {
    expect(issuesFor({}, credentials)).toContainEqual({
      field: 'key',
      severity: 'error',
      message: expect.stringMatching(message),
    });
  });
});

describe('input that is signed but deserves a note', () => {
  it('notes NUL bytes in a body, which are sent as 0x00', () => {
    expect(issuesFor({ body: 'a\0b' })).toContainEqual({
      field: 'body',
      severity: 'warning',
      message: expect.stringContaining('NUL'),
    });
  });

  it('notes an unpaired surrogate in a body, which is sent as U+FFFD', () => {
    expect(issuesFor({ body: `{"a":"${LONE_LOW}"}` })).toContainEqual({
      field: 'body',
      severity: 'warning',
      message: expect.stringContaining('U+FFFD'),
    });
  });

  it('notes an unpaired surrogate in the secret, which is signed as U+FFFD', () => {
    expect(issuesFor({}, { key: 'AKIDtest', secret: `s${LONE_HIGH}` })).toContainEqual({
      field: 'secret',
      severity: 'warning',
      message: expect.stringContaining('U+FFFD'),
    });
  });

  it('notes a URL with 10 000 parameters, past the request line HTTP asks servers to accept', () => {
    const query = Array.from({ length: 10_000 }, (_, i) => `k${i}=v`).join('&');

    const issues = issuesFor({ url: `https://h.example/app?${query}` });

    expect(issues).toEqual([
      { field: 'url', severity: 'warning', message: expect.stringContaining('RFC 9112') },
    ]);
  });

  it('accepts a path and query of 8000 characters, and notes one of 8001', () => {
    const path = `/${'a'.repeat(7999)}`;

    expect(issuesFor({ url: `https://h.example${path}` })).toEqual([]);
    expect(issuesFor({ url: `https://h.example${path}b` })).toHaveLength(1);
  });
});
