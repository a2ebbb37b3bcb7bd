/**
 * Writes out each `\UHHHHHHHH` escape inside bash's `$'…'` quotes whose code point lies
 * beyond U+FFFF, as the character itself. shlex turns such an escape into one UTF-16 unit
 * (String.fromCharCode), so `$'\U0001F600'` became U+F600; bash writes the whole code point in
 * UTF-8. Code points past U+10FFFF, which bash writes as bytes no text holds, become U+FFFD.
 * Quotes are followed as findUnclosedQuote follows them, so `\\U…` and '…' are left alone.
 */
export function expandLongUnicodeEscapes(text: string): string {
  if (typeof text !== 'string') {
    throw new TypeError('expandLongUnicodeEscapes: text must be a string');
  }

  let out = '';
  let kind: "'" | '"' | "$'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '\\' && kind === "$'") {
      const long = /^U([0-9a-fA-F]{1,8})/.exec(text.slice(i + 1, i + 10));
      const code = long ? Number.parseInt(long[1] ?? '', 16) : 0;
      if (long && code > 0xffff) {
        out += code > 0x10ffff ? '\ufffd' : String.fromCodePoint(code);
        i += long[0].length;
        continue;
      }
    }
    if (char === '\\' && kind !== "'") {
      out += text.slice(i, i + 2);
      i++;
      continue;
    }
    out += char;
    if (kind === undefined) {
      if (char === '$' && text[i + 1] === "'") {
        kind = "$'";
        out += "'";
        i++;
      } else if (char === "'" || char === '"') kind = char;
    } else if (char === (kind === "$'" ? "'" : kind)) kind = undefined;
  }
  return out;
}
