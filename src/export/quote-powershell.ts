// PowerShell takes the typographic quotes as quotes too, so they are escaped like the ASCII ones.
const SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g;
const DOUBLE_QUOTE_SPECIALS = /[`$"\u201c\u201d\u201e]/g;
const CONTROL = /[\x00-\x1f\x7f-\x9f]/;
const CONTROLS = /[\x00-\x1f\x7f-\x9f]/g;

/**
 * A PowerShell string literal whose value is exactly `value`. Single quotes when possible, in
 * which nothing is special but the quote characters, each written twice. A value with control
 * characters, which a pasted command must not carry raw, becomes a double-quoted string with
 * each control as `$([char]0xNN)`, which Windows PowerShell 5.1 reads too (`` `e `` is 6+ only).
 */
export function quotePowerShell(value: string): string {
  if (typeof value !== 'string') throw new TypeError('quotePowerShell: value must be a string');

  if (!CONTROL.test(value)) return `'${value.replace(SINGLE_QUOTES, '$&$&')}'`;
  const escaped = value
    .replace(DOUBLE_QUOTE_SPECIALS, '`$&')
    .replace(CONTROLS, (control) => `$([char]0x${hex(control)})`);
  return `"${escaped}"`;
}

function hex(character: string): string {
  return (character.codePointAt(0) ?? 0).toString(16).padStart(2, '0');
}
