import { describe, expect, it } from 'vitest';
import { signRequest } from '../../src/signing/sign-request';
import { buildSigningLines, joinSigningLines } from '../../src/signing/signing-lines';
import { validateInput } from '../../src/signing/validate-input';
import { allVectors } from '../support/vectors';

describe.each(allVectors)('vector $name', (vector) => {
  const build = () => {
    const built = buildSigningLines(vector.input, vector.options);
    if (!built) throw new Error(`${vector.name}: the URL did not parse`);
    return built;
  };

  it('passes validation without errors', () => {
    const issues = validateInput(vector.input, { key: vector.key, secret: vector.secret });
    expect(issues.filter((issue) => issue.severity === 'error')).toEqual([]);
  });

  it('computes the expected Content-MD5', () => {
    expect(build().contentMd5).toBe(vector.expected.contentMD5);
  });

  it('builds the expected signing string', () => {
    expect(joinSigningLines(build().lines)).toBe(vector.expected.signingString);
  });

  it('computes the expected signature and Authorization', async () => {
    const signed = await signRequest(build(), {
      key: vector.key,
      secret: vector.secret,
      algorithm: vector.algorithm,
    });
    expect(signed.signingString).toBe(vector.expected.signingString);
    expect(signed.signature).toBe(vector.expected.signature);
    expect(signed.authorization).toBe(vector.expected.authorization);
  });
});
