import { describe, expect, it } from 'vitest';
import { parseCurl } from '../../src/compare/parse-curl';
import { formatCurlForBash } from '../../src/export/curl-for-bash';
import { allVectors } from '../support/vectors';
import { expectedHeaders, exportVector } from './support/export-vectors';

/** The scheme, host and port of a vector's URL, so that it is exported as it stands. */
function originOf(url: string): string {
  return /^[a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^/?#]*/.exec(url.trim())?.[0] ?? '';
}

describe('the bash curl command read back by the Compare parser', () => {
  it.each(allVectors)('is the signed request of vector $name', async (vector) => {
    const { request } = await exportVector(vector, originOf(vector.input.url));

    const parsed = parseCurl(formatCurlForBash(request));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const { method, url, headers, body, warnings } = parsed.value;

    expect(warnings).toEqual([]);
    expect(method).toBe(vector.input.method.toUpperCase());
    expect(url).toBe(vector.input.url.trim().split('#')[0]);
    expect(body).toBe(vector.input.body);
    const given = headers.filter((header) => header.origin === 'pasted');
    const pairs = given.map((header): [string, string] => [
      header.name.toLowerCase(),
      header.value,
    ]);
    expect(pairs.sort()).toEqual(expectedHeaders(vector).sort());
    // Only what curl adds to any request: its own Accept or form Content-Type would show here.
    const added = headers.filter((header) => header.origin === 'curl');
    expect(added.map((header) => header.name.toLowerCase()).sort()).toEqual(['host', 'user-agent']);
  });
});
