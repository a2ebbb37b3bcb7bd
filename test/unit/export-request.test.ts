import { describe, expect, it } from 'vitest';
import { buildExportedRequest } from '../../src/export/exported-request';
import { signRequest } from '../../src/signing/sign-request';
import { buildSigningLines } from '../../src/signing/signing-lines';
import { DEFAULT_OPTIONS, type SigningInput } from '../../src/signing/types';

const base: SigningInput = {
  method: 'post',
  url: 'https://example.com/release/a?b=1#top',
  accept: '',
  contentType: 'application/json',
  body: '{}',
  xDate: 'Mon, 02 Jan 2006 15:04:05 GMT',
  signedHeaders: [],
};

async function exportInput(input: SigningInput) {
  const built = buildSigningLines(input, DEFAULT_OPTIONS);
  if (!built) throw new Error('the URL did not parse');
  const signed = await signRequest(built, { key: 'k', secret: 's', algorithm: 'hmac-sha1' });
  return buildExportedRequest(input.url, input.body, built, signed);
}

describe('the exported request', () => {
  it('sends the signed method, the URL without its fragment, and an empty Accept', async () => {
    const result = await exportInput(base);
    expect(result.ok && result.request.method).toBe('POST');
    expect(result.ok && result.request.url).toBe('https://example.com/release/a?b=1');
    expect(result.ok && result.request.headers.find((h) => h.name === 'Accept')).toEqual({
      name: 'Accept',
      value: '',
    });
  });

  it('leaves Host to the client, which takes it from the URL', async () => {
    const result = await exportInput(base);
    expect(result.ok && result.request.headers.map((h) => h.name.toLowerCase())).not.toContain(
      'host',
    );
  });

  it('refuses a URL with a space, which no client sends as typed', async () => {
    const result = await exportInput({ ...base, url: 'https://example.com/a b' });
    expect(result.ok).toBe(false);
  });

  it('refuses a header signed twice with different values', async () => {
    const signedHeaders = [{ name: 'Accept', value: 'text/plain' }];
    const result = await exportInput({ ...base, accept: 'application/json', signedHeaders });
    expect(!result.ok && result.problems.join(' ')).toMatch(/Accept/);
  });
});
