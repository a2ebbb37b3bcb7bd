import { split } from 'shlex';
import { expandLongUnicodeEscapes } from './expand-long-unicode-escapes';
import { formatPosition, locatePosition } from './locate-position';
import type { ParseResult } from './paste-types';

// shlex (a port of Python's shlex) splits the words, rather than shell-quote or our own lexer:
// it reads $'…' ANSI-C strings, which Chrome's and Firefox's "Copy as cURL" emit for any value
// with a quote, a line break or `!`, drops `\`-newline continuations, and refuses an unclosed
// quote. shell-quote 1.12 closed `'unbalanced` silently and turned each continuation into an
// empty word, which would hide a half-pasted command.

/**
 * Splits a command in bash syntax into its words: quotes removed, `$'…'` escapes decoded,
 * `\` line continuations joined. An unclosed quote or a trailing backslash is reported with
 * where it starts, since that is what a half-pasted command looks like.
 */
export function tokenizeShell(text: string): ParseResult<string[]> {
  if (typeof text !== 'string') throw new TypeError('tokenizeShell: text must be a string');

  // A command copied on Windows has CRLF line ends; bash would read the CR as part of a word.
  const unix = text.replace(/\r\n/g, '\n');
  try {
    return { ok: true, value: split(expandLongUnicodeEscapes(unix)) };
  } catch {
    return { ok: false, error: describeBrokenCommand(unix) };
  }
}

function describeBrokenCommand(text: string) {
  const open = findUnclosedQuote(text);
  if (open !== undefined) {
    const quote = text[open] === '$' ? "$'" : (text[open] ?? '');
    const closer = quote === "$'" ? "'" : quote;
    const position = locatePosition(text, open);
    return {
      message: `The ${quote} opened at ${formatPosition(position)} is never closed: expected a closing ${closer} before the end. Is the command cut off?`,
      position,
    };
  }
  const position = locatePosition(text, Math.max(text.length - 1, 0));
  return {
    message: `The command ends with a backslash at ${formatPosition(position)}: expected another line after it. Is the command cut off?`,
    position,
  };
}

/**
 * The offset of a quote still open at the end of the text, following bash's rules: nothing
 * escapes inside '…', a backslash escapes inside "…" and $'…', and outside quotes.
 */
export function findUnclosedQuote(text: string): number | undefined {
  let open: number | undefined;
  let kind: "'" | '"' | "$'" | undefined;

  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\\' && kind !== "'") {
      i++;
      continue;
    }
    if (kind === undefined) {
      if (char === '$' && text[i + 1] === "'") {
        [open, kind] = [i, "$'"];
        i++;
      } else if (char === "'" || char === '"') [open, kind] = [i, char];
    } else if (char === (kind === "$'" ? "'" : kind)) {
      [open, kind] = [undefined, undefined];
    }
  }
  return open;
}
