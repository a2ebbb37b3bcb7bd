// Characters a pasted command must not carry raw: controls other than the line feed (a
// terminal turns a pasted CR into LF, a tab starts completion) and invisible format characters
// that would hide what the command does (zero-width, bidirectional overrides, BOM).
const NEEDS_ESCAPES = /[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;
const ESCAPED =
  /[\\'!\n\t\r\x00-\x08\x0b-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
const PLAIN = /^[A-Za-z0-9_./:@%+,-][A-Za-z0-9_./:@%+,=-]*$/;
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
};

/**
 * Quotes one word for bash and zsh so that the shell passes exactly `value` as one argument.
 * Plain words stay bare; anything else goes in single quotes, where nothing is special but the
 * quote itself (written `'\''`), so `$`, backticks, `!` and line feeds are literal, also with
 * history expansion on. A value with control or invisible characters is written as `$'…'` with
 * each such character escaped as its UTF-8 bytes (`\xHH`), which means the same in every locale;
 * `!` is escaped there too, since not every shell's history expansion skips `$'…'`.
 * NUL cannot be an argument in any shell: the caller must send such a body another way.
 */
export function quotePosix(value: string): string {
  if (typeof value !== 'string') throw new TypeError('quotePosix: value must be a string');
  if (value.includes('\0')) throw new RangeError('quotePosix: value must not contain NUL');

  if (PLAIN.test(value)) return value;
  if (!NEEDS_ESCAPES.test(value)) return `'${value.replace(/'/g, "'\\''")}'`;
  return `$'${value.replace(ESCAPED, escapeCharacter)}'`;
}

function escapeCharacter(character: string): string {
  const short = SHORT_ESCAPES[character];
  if (short !== undefined) return short;
  const bytes = new TextEncoder().encode(character);
  return Array.from(bytes, (byte) => `\\x${byte.toString(16).padStart(2, '0')}`).join('');
}
