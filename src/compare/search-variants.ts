import { signHmac } from '../signing/hmac';
import type { Algorithm } from '../signing/types';
import { buildVariantLines, joinVariantLines } from './build-variant-lines';
import { findSentMd5Variant } from './find-sent-md5-variant';
import { VARIANTS, type Variant } from './variant-catalogue';
import type { VariantContext } from './variant-context';
import { applyChoices, DEFAULT_SETTINGS } from './variant-settings';

export interface SearchParameters {
  readonly secret: string;
  /** The algorithm the client declared, or hmac-sha1 when it declared none the core signs. */
  readonly algorithm: Algorithm;
  /** The client's signature, decoded to bytes. */
  readonly signature: Uint8Array;
}

export interface VariantSearch {
  /** The variants, one or two, whose signature is the client's; absent when none is. */
  readonly match?: { readonly variants: readonly Variant[]; readonly signingString: string };
  /** The single variants that changed anything for this request, which were tried. */
  readonly tried: readonly Variant[];
  /** How many distinct signatures were computed. */
  readonly computed: number;
}

interface Candidate {
  readonly variants: readonly Variant[];
  readonly signingString: string;
  readonly algorithm: Algorithm;
  readonly secret: string;
  readonly key: string;
}

/**
 * Recomputes the signature under each variant of spec §2, then under each pair of variants of
 * different aspects, and names the first that reproduces the client's signature. Variants
 * that change nothing for this request are skipped, and so is any string already signed.
 */
export async function searchVariants(
  context: VariantContext,
  parameters: SearchParameters,
): Promise<VariantSearch> {
  if (!ArrayBuffer.isView(parameters.signature)) {
    throw new TypeError('searchVariants: signature must be a Uint8Array');
  }

  const base = buildCandidate(context, [], parameters);
  const seen = new Set([base.key]);
  const variants = [...VARIANTS, ...findSentMd5Variant(context)];
  const singles = distinct(
    variants.map((v) => buildCandidate(context, [v], parameters)),
    seen,
  );
  const tried = singles.map((candidate) => candidate.variants[0]).filter(isVariant);

  const single = await findMatch(singles, parameters.signature);
  if (single) return { match: single, tried, computed: singles.length };

  const pairs = distinct(buildPairs(context, tried, parameters), seen);
  const pair = await findMatch(pairs, parameters.signature);
  return { ...(pair ? { match: pair } : {}), tried, computed: singles.length + pairs.length };
}

function buildPairs(
  context: VariantContext,
  singles: readonly Variant[],
  parameters: SearchParameters,
): Candidate[] {
  const pairs: Candidate[] = [];
  singles.forEach((first, index) => {
    for (const second of singles.slice(index + 1)) {
      if (first.choice.aspect === second.choice.aspect) continue;
      pairs.push(buildCandidate(context, [first, second], parameters));
    }
  });
  return pairs;
}

function buildCandidate(
  context: VariantContext,
  variants: readonly Variant[],
  parameters: SearchParameters,
): Candidate {
  const settings = applyChoices(
    DEFAULT_SETTINGS,
    variants.map((v) => v.choice),
  );
  const signingString = joinVariantLines(buildVariantLines(context, settings), settings.lineEnds);
  const algorithm =
    settings.algorithm === 'other' ? otherAlgorithm(parameters.algorithm) : parameters.algorithm;
  const secret = varySecret(parameters.secret, settings.secret);
  return {
    variants,
    signingString,
    algorithm,
    secret,
    key: [algorithm, secret, signingString].join('\0'),
  };
}

function distinct(candidates: readonly Candidate[], seen: Set<string>): Candidate[] {
  return candidates.filter((candidate) => {
    if (seen.has(candidate.key) || candidate.secret === '') return false;
    seen.add(candidate.key);
    return true;
  });
}

async function findMatch(candidates: readonly Candidate[], signature: Uint8Array) {
  const signatures = await Promise.all(
    candidates.map((c) => signHmac(c.algorithm, c.secret, c.signingString)),
  );
  const index = signatures.findIndex((bytes) => equalBytes(bytes, signature));
  const found = candidates[index];
  return found && { variants: found.variants, signingString: found.signingString };
}

function varySecret(secret: string, choice: (typeof DEFAULT_SETTINGS)['secret']): string {
  if (choice === 'trailing-lf') return `${secret}\n`;
  if (choice === 'trailing-crlf') return `${secret}\r\n`;
  if (choice === 'trailing-space') return `${secret} `;
  if (choice === 'trimmed') return secret.trim();
  return secret;
}

function otherAlgorithm(algorithm: Algorithm): Algorithm {
  return algorithm === 'hmac-sha1' ? 'hmac-sha256' : 'hmac-sha1';
}

/** Whether two byte arrays hold the same bytes. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, index) => byte === b[index]);
}

function isVariant(value: Variant | undefined): value is Variant {
  return value !== undefined;
}
