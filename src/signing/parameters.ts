import { compareUtf8 } from './compare-bytes';
import type { ParameterValues } from './types';
import { requireArray, requireString } from './require-argument';
import { toWellFormed } from './well-formed-text';

/** One `key=value` pair as it appears in a query string or form body. */
export interface RawPair {
  readonly key: string;
  /** Absent for a bare key (`a`), empty for `a=`. */
  readonly value?: string;
}

/** A pair as it is signed. */
export interface SignedPair {
  readonly key: string;
  readonly value: string;
  readonly source: 'query' | 'form';
}

/** A pair whose percent escapes are not valid UTF-8; it is then signed as sent. */
export interface DecodeProblem {
  readonly source: 'query' | 'form';
  readonly text: string;
}

/**
 * Splits `application/x-www-form-urlencoded` text (a query string or a form body) into pairs.
 * Empty segments (`a&&b`) carry no pair and are skipped, as every form parser does.
 */
export function splitPairs(text: string): RawPair[] {
  requireString(text, 'splitPairs: text');

  const pairs: RawPair[] = [];
  for (const segment of text.split('&')) {
    if (segment === '') continue;
    const equals = segment.indexOf('=');
    pairs.push(
      equals === -1
        ? { key: segment }
        : { key: segment.slice(0, equals), value: segment.slice(equals + 1) },
    );
  }
  return pairs;
}

/**
 * Decodes one component of a query string: `+` is a space, `%XX` escapes are UTF-8 (spec §1.2
 * step 3). Returns undefined when the escapes are malformed or not UTF-8.
 */
export function decodeComponent(text: string): string | undefined {
  requireString(text, 'decodeComponent: text');
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** Turns raw pairs into the pairs signed, decoding them unless the variant signs them as sent. */
export function toSignedPairs(
  pairs: readonly RawPair[],
  source: 'query' | 'form',
  values: ParameterValues,
  problems: DecodeProblem[],
): SignedPair[] {
  requireArray(pairs, 'toSignedPairs: pairs');
  requireArray(problems, 'toSignedPairs: problems');
  if (values !== 'raw' && values !== 'decoded') {
    throw new RangeError(`toSignedPairs: values must be "raw" or "decoded", got ${String(values)}`);
  }

  return pairs.map(({ key, value = '' }) => {
    if (values === 'raw') return { key: toWellFormed(key), value: toWellFormed(value), source };
    const decodedKey = decodeComponent(key);
    const decodedValue = decodeComponent(value);
    if (decodedKey === undefined || decodedValue === undefined) {
      problems.push({ source, text: value === '' ? key : `${key}=${value}` });
    }
    return {
      key: toWellFormed(decodedKey ?? key),
      value: toWellFormed(decodedValue ?? value),
      source,
    };
  });
}

/**
 * Sorts pairs by key in UTF-8 byte order; a repeated key keeps every value, its values sorted
 * the same way (spec §1.2 step 4).
 */
export function sortPairs(pairs: readonly SignedPair[]): SignedPair[] {
  requireArray(pairs, 'sortPairs: pairs');
  return [...pairs].sort((a, b) => compareUtf8(a.key, b.key) || compareUtf8(a.value, b.value));
}

/**
 * Writes sorted pairs as the parameter part of PathAndParameters: `key=value`, or `key` alone
 * when the value is empty, since the gateway does not tell `a=` from `a` (step 5). `0` is a
 * value like any other.
 */
export function formatParameters(pairs: readonly SignedPair[]): string {
  requireArray(pairs, 'formatParameters: pairs');
  return pairs.map(({ key, value }) => (value === '' ? key : `${key}=${value}`)).join('&');
}
