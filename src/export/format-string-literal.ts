import { toWellFormed } from '../signing/well-formed-text';

/** How a language writes a character that is not printable ASCII inside a string literal. */
export type LiteralEscapes = 'utf16' | 'code-point';

/**
 * A double-quoted string literal holding `value`, with every character outside printable ASCII
 * escaped, so that no BOM, NUL, U+2028/U+2029 or other invisible character lands raw in the
 * source (Go refuses a BOM in mid-file; Java reads `\uXXXX` before lexing, so line feeds must be
 * `\n`). `utf16` writes `\uXXXX` per UTF-16 unit (JavaScript, Java); `code-point` writes
 * `\uXXXX` or `\UXXXXXXXX` per code point (Go, Python), which reject escaped surrogates.
 * A lone surrogate becomes U+FFFD, the character its UTF-8 encoding signs.
 */
export function formatStringLiteral(value: string, escapes: LiteralEscapes): string {
  if (typeof value !== 'string') throw new TypeError('formatStringLiteral: value must be a string');
  if (escapes !== 'utf16' && escapes !== 'code-point') {
    throw new RangeError('formatStringLiteral: escapes must be "utf16" or "code-point"');
  }

  let literal = '"';
  for (const character of toWellFormed(value)) {
    literal += escapeCharacter(character, escapes);
  }
  return `${literal}"`;
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

function escapeCharacter(character: string, escapes: LiteralEscapes): string {
  const short = SHORT_ESCAPES[character];
  if (short !== undefined) return short;

  const point = character.codePointAt(0) ?? 0;
  if (point >= 0x20 && point <= 0x7e) return character;
  if (point > 0xffff && escapes === 'code-point') {
    return `\\U${point.toString(16).padStart(8, '0')}`;
  }
  return Array.from({ length: character.length }, (_, index) => character.charCodeAt(index))
    .map((unit) => `\\u${unit.toString(16).padStart(4, '0')}`)
    .join('');
}
