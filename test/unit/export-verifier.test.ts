import { describe, expect, it } from 'vitest';
import { expectedHeaders, expectedTarget, verifierOptions } from './support/export-vectors';
import { verifyAppAuth } from './support/verify-app-auth';
import { allVectors as appAuthVectors } from '../support/vectors';

// The snippet tests trust this verifier, so it must reproduce the spec's vectors on its own.
describe.each(appAuthVectors)('the test verifier on vector $name', (vector) => {
  const received = () => ({
    method: vector.input.method.toUpperCase(),
    target: Buffer.from(expectedTarget(vector.input.url), 'utf8').toString('latin1'),
    headers: expectedHeaders(vector).map(([name, value]): [string, string] => [
      name,
      Buffer.from(value, 'utf8').toString('latin1'),
    ]),
    body: Buffer.from(vector.input.body, 'utf8'),
  });

  it('rebuilds the expected signing string and signature from the request alone', () => {
    const verification = verifyAppAuth(received(), vector.secret, verifierOptions(vector));
    expect(verification.problems).toEqual([]);
    expect(verification.signingString).toBe(vector.expected.signingString);
    expect(verification.expectedSignature).toBe(vector.expected.signature);
    expect(verification.sentSignature).toBe(vector.expected.signature);
  });

  it('rejects the request when the body changes', () => {
    const changed = { ...received(), body: Buffer.from(`${vector.input.body}x`) };
    const verification = verifyAppAuth(changed, vector.secret, verifierOptions(vector));
    const failed =
      verification.problems.length > 0 ||
      verification.expectedSignature !== verification.sentSignature;
    expect(failed).toBe(true);
  });
});
