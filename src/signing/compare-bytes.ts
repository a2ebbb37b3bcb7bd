import { requireString } from './require-argument';
/**
 * Compares two strings in UTF-8 byte order, which is code point order. JavaScript's default
 * sort compares UTF-16 code units, which puts characters outside the Basic Multilingual Plane
 * before U+E000–U+FFFF; the gateway sorts bytes (spec §1.2 step 4).
 */
export function compareUtf8(a: string, b: string): number {
  requireString(a, 'compareUtf8: a');
  requireString(b, 'compareUtf8: b');

  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.codePointAt(i) ?? 0;
    const y = b.codePointAt(j) ?? 0;
    if (x !== y) return x < y ? -1 : 1;
    i += x > 0xffff ? 2 : 1;
    j += y > 0xffff ? 2 : 1;
  }
  return a.length - i - (b.length - j);
}
