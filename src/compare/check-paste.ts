import { formatPosition, locatePosition } from './locate-position';
import type { PasteError } from './paste-types';

/**
 * The largest paste read, in characters. A request, a gateway error or a signing string is a
 * few kilobytes; past this the paste is almost surely the wrong thing, and reading it would
 * only slow the page.
 */
export const PASTE_LIMIT = 1_000_000;

/**
 * Checks what every paste must be before a parser reads it: not empty, not huge, not binary.
 * `what` names what was expected, e.g. "a curl command or a raw HTTP request".
 */
export function checkPaste(text: string, what: string): PasteError | undefined {
  if (typeof text !== 'string') throw new TypeError('checkPaste: text must be a string');
  if (typeof what !== 'string') throw new TypeError('checkPaste: what must be a string');

  if (text.trim() === '') return { message: `Empty: paste ${what}.` };
  if (text.length > PASTE_LIMIT) {
    const size = (text.length / 1_000_000).toFixed(1);
    return {
      message: `This paste is ${size} million characters; ${what} is expected, well under 1 million. Paste only that part.`,
    };
  }

  const index = findBinary(text);
  if (index === -1) return undefined;
  const code = text.charCodeAt(index);
  const name = code === 0xfffd ? 'a U+FFFD replacement character' : describeControl(code);
  const position = locatePosition(text, index);
  return {
    message: `This looks like binary data, not text: ${name} at ${formatPosition(position)}. Expected ${what} as text.`,
    position,
  };
}

/**
 * The first character no pasted text holds: NUL and the C0 controls other than tab, LF and
 * CR, or U+FFFD, which a browser puts where it met bytes that are not UTF-8.
 */
function findBinary(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd) {
      return i;
    }
  }
  return -1;
}

function describeControl(code: number): string {
  const hex = code.toString(16).toUpperCase().padStart(2, '0');
  return code === 0 ? 'a NUL byte (0x00)' : `the control character 0x${hex}`;
}
