import { compareUtf8 } from './compare-bytes';
import { trimHeaderValue } from './http-token';
import type { HeaderEntry } from './types';
import { requireArray, requireObject, requireString } from './require-argument';

/** A header as it is signed: lower-case name, trimmed value. */
export interface SignedHeader {
  readonly name: string;
  readonly value: string;
  /** The name and value as the user typed them, to explain what changed. */
  readonly typed: HeaderEntry;
}

/**
 * The headers that are signed: x-date always, then the extra ones, with names lower-cased
 * and values trimmed as the server receives them, sorted by name in byte order (spec §1.1).
 */
export function collectSignedHeaders(xDate: string, extra: readonly HeaderEntry[]): SignedHeader[] {
  requireString(xDate, 'collectSignedHeaders: xDate');
  requireArray(extra, 'collectSignedHeaders: extra');

  const all: HeaderEntry[] = [{ name: 'x-date', value: xDate }, ...extra];
  return all
    .filter((header) => header.name.trim() !== '')
    .map((typed) => ({
      name: typed.name.trim().toLowerCase(),
      value: trimHeaderValue(typed.value),
      typed,
    }))
    .sort((a, b) => compareUtf8(a.name, b.name));
}

/**
 * One header line of the signing string. Each ends in `\n`, the last one too: that newline is
 * what separates the block from the method line, with no blank line between them.
 */
export function formatHeaderLine(header: Pick<SignedHeader, 'name' | 'value'>): string {
  requireObject(header, 'formatHeaderLine: header');
  requireString(header.name, 'formatHeaderLine: name');
  requireString(header.value, 'formatHeaderLine: value');
  return `${header.name}: ${header.value}\n`;
}
