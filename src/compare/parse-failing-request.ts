import { checkPaste } from './check-paste';
import type { ParsedRequest, ParseResult } from './paste-types';
import { parseCurl } from './parse-curl';
import { parseHttpRequest } from './parse-http-request';

const WHAT = 'a curl command or a raw HTTP request';

// A method in capitals, then a path or a full URL: how every request line starts.
const REQUEST_LINE = /^[A-Z]+[ \t]+(\/|https?:\/\/)/;

/**
 * Reads what a user pasted as the failing request: a curl command when it starts with curl,
 * a raw HTTP request when its first line reads like a request line.
 */
export function parseFailingRequest(text: string): ParseResult<ParsedRequest> {
  const pasteError = checkPaste(text, WHAT);
  if (pasteError) return { ok: false, error: pasteError };

  const start = text.trimStart().replace(/^\$ /, '');
  if (/^curl(\.exe)?(\s|$)/.test(start)) return parseCurl(text);
  const firstLine = start.split(/\r?\n/)[0] ?? '';
  if (REQUEST_LINE.test(firstLine) || / HTTP\/[\d.]+\s*$/.test(firstLine))
    return parseHttpRequest(text);

  const shown = firstLine.length > 40 ? `${firstLine.slice(0, 37)}…` : firstLine;
  return {
    ok: false,
    error: {
      message: `Expected ${WHAT}: a line starting with curl, or a request line such as "POST /v1/pay HTTP/1.1". Found "${shown}".`,
      position: { line: 1, column: 1 },
    },
  };
}
