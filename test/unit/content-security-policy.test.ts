import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addSources,
  formatPolicy,
  hoistPolicyMeta,
  parsePolicy,
  readPolicyMeta,
  removeSource,
  rewritePolicyMeta,
} from '../../build/content-security-policy';
import { hashSource } from '../../build/csp-single-file-plugin';

// Vitest runs from the project's root.
const indexHtml = readFileSync('index.html', 'utf8');

describe("index.html's policy", () => {
  const policy = readPolicyMeta(indexHtml);

  it('is in a meta tag before any script', () => {
    const meta = indexHtml.indexOf('http-equiv="Content-Security-Policy"');

    expect(meta).toBeGreaterThan(0);
    expect(meta).toBeLessThan(indexHtml.indexOf('<script'));
  });

  it.each([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'"]],
    ['style-src', ["'self'"]],
    ['connect-src', ["'none'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
  ])('sets %s to %j', (name, sources) => {
    expect(policy?.get(name)).toEqual(sources);
  });

  it('allows no inline code, no eval and no other host', () => {
    const sources = [...(policy?.values() ?? [])].flat();

    expect(sources).not.toContain("'unsafe-inline'");
    expect(sources).not.toContain("'unsafe-eval'");
    expect(sources.filter((source) => /^(https?:|\*|[\w-]+\.)/.test(source))).toEqual([]);
  });

  it('holds no directive a meta tag cannot carry, which browsers ignore with a warning', () => {
    for (const name of ['frame-ancestors', 'report-uri', 'report-to', 'sandbox']) {
      expect(policy?.has(name)).toBe(false);
    }
  });
});

describe('policy editing for the builds', () => {
  const policy = parsePolicy("default-src 'self'; connect-src 'none'; img-src 'self' data:");

  it('reads and writes a policy unchanged', () => {
    expect(formatPolicy(policy)).toBe(
      "default-src 'self'; connect-src 'none'; img-src 'self' data:",
    );
  });

  it("drops 'none' when a source is added beside it", () => {
    expect(addSources(policy, 'connect-src', ["'self'"]).get('connect-src')).toEqual(["'self'"]);
  });

  it("removes a source everywhere, leaving 'none' where nothing is left", () => {
    expect(formatPolicy(removeSource(policy, "'self'"))).toBe(
      "default-src 'none'; connect-src 'none'; img-src data:",
    );
  });

  it('rewrites the meta tag of a page and refuses a page without one', () => {
    const html = `<head><meta http-equiv="Content-Security-Policy" content="img-src 'none'" /></head>`;

    const rewritten = rewritePolicyMeta(html, (old) => addSources(old, 'img-src', ['data:']));

    expect(readPolicyMeta(rewritten)?.get('img-src')).toEqual(['data:']);
    expect(() => rewritePolicyMeta('<head></head>', (old) => old)).toThrow(RangeError);
  });

  it('moves the meta tag ahead of scripts the dev server puts first', () => {
    const html = `<head><script src="/@vite/client"></script><meta http-equiv="Content-Security-Policy" content="img-src 'none'" /></head>`;

    const hoisted = hoistPolicyMeta(html);

    expect(hoisted.indexOf('Content-Security-Policy')).toBeLessThan(hoisted.indexOf('<script'));
  });

  // The example of CSP Level 3 §2.3.1 (hash-source) and SHA-256 of nothing (FIPS 180-4).
  it.each([
    ["alert('Hello, world.');", "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='"],
    ['', "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"],
  ])('hashes inline code %j as the specification does', (code, source) => {
    expect(hashSource(code)).toBe(source);
  });
});
