import { checkPaste } from './check-paste';
import type { ParsedRequest, ParseResult } from './paste-types';
import { parseCurl } from './parse-curl';
import { parseHttpRequest } from './parse-http-request';

const WHAT = 'a curl command or a raw HTTP request';

/**
 * Reads what a user pasted as the failing request: a curl command when it starts with curl,
 * a raw HTTP request when its first line reads like a request line.
 */
export function parseFailingRequest(text: string): ParseResult<ParsedRequest> {
  const pasteError = checkPaste(text, WHAT);
  if (pasteError) return { ok: false, error: pasteError };

  const start = text.trimStart().replace(/^\$ /, '');
  if (/^curl(\.exe)?(\s|$)/.test(start)) return parseCurl(text);
  if (/^[A-Za-z]+[ \t]+\S/.test(start)) return parseHttpRequest(text);

  const firstLine = start.split(/\r?\n/)[0] ?? '';
  const shown = firstLine.length > 40 ? `${firstLine.slice(0, 37)}…` : firstLine;
  return {
    ok: false,
    error: {
      message: `Expected ${WHAT}: a line starting with curl, or a request line such as "POST /v1/pay HTTP/1.1". Found "${shown}".`,
      position: { line: 1, column: 1 },
    },
  };
}
