/** What `quoteCmd` can carry: printable ASCII and the space. */
export const CMD_SAFE = /^[\x20-\x7e]*$/;

const BARE = /^[A-Za-z0-9_.:/@+-]+$/;

/**
 * Quotes one argument on a Windows `cmd` command line so that a program parsing its command
 * line by the Microsoft C runtime rules (as curl.exe does) reads exactly `value`. A word of
 * letters, digits and `_ . : / @ + -` stays bare. Otherwise two parsers read the line, so each
 * piece is written for both:
 * - runs without `"` or `%` go in double quotes, where cmd takes `& | < > ^ ( )` literally; the
 *   backslashes before the closing quote are doubled, since the runtime reads `\"` as a quote;
 * - a `"` is written `\^"`: the runtime reads `\"` as a quote, and the caret keeps cmd from
 *   taking it as the start of a quoted run;
 * - a `%` stands outside quotes and is followed by a quote, so that no `%name%` pair can name an
 *   environment variable, which cmd would expand even inside quotes and cannot escape there.
 * Line breaks, control and non-ASCII characters are refused: cmd cannot carry the first two,
 * and curl.exe reads its arguments in the ANSI code page, which may not hold the third.
 */
export function quoteCmd(value: string): string {
  if (typeof value !== 'string') throw new TypeError('quoteCmd: value must be a string');
  if (!CMD_SAFE.test(value)) {
    throw new RangeError('quoteCmd: value must hold only printable ASCII and spaces');
  }

  if (BARE.test(value)) return value;
  const pieces = value.split(/(["%])/).filter((piece) => piece !== '');
  if (pieces.length === 0) return '""';
  return pieces.map(quotePiece).join('');
}

function quotePiece(piece: string, index: number, pieces: readonly string[]): string {
  if (piece === '"') return '\\^"';
  if (piece === '%') {
    const next = pieces[index + 1];
    return next === undefined || next === '"' || next === '%' ? '%""' : '%';
  }
  return `"${piece.replace(/(\\+)$/, '$1$1')}"`;
}
