const NAMED: Readonly<Record<string, string>> = {
  '\r': '␍',
  '\n': '␊',
  '\t': '⇥',
  '\u00a0': '⍽',
};

/**
 * Makes characters a reader cannot see visible: CR, LF and tab as symbols, a no-break space
 * as ⍽, zero-width and other format characters by code point, and spaces as · when `spaces`
 * is set (for the changed parts of a diff, where a lost space is the whole story) or when
 * they end the text.
 */
export function showInvisibles(text: string, spaces = false): string {
  if (typeof text !== 'string') throw new TypeError('showInvisibles: text must be a string');

  const shown = Array.from(text, (char) => {
    const named = NAMED[char];
    if (named !== undefined) return named;
    const code = char.codePointAt(0) ?? 0;
    if (!isInvisible(code)) return char;
    return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
  }).join('');
  if (spaces) return shown.replace(/ /g, '·');
  return shown.replace(/ +$/, (trailing) => '·'.repeat(trailing.length));
}

/** Controls, and the zero-width and other format characters that hide in copied text. */
function isInvisible(code: number): boolean {
  return (
    code < 0x20 ||
    (code >= 0x7f && code <= 0x9f) ||
    (code >= 0x200b && code <= 0x200f) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x2060 ||
    code === 0xfeff
  );
}
