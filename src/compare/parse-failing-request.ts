import { checkPaste } from './check-paste';
import { findLoneSurrogate } from '../signing/well-formed-text';
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
    return warnOfSurrogates(parseHttpRequest(text));

  const shown = firstLine.length > 40 ? `${firstLine.slice(0, 37)}…` : firstLine;
  return {
    ok: false,
    error: {
      message: `Expected ${WHAT}: a line starting with curl, or a request line such as "POST /v1/pay HTTP/1.1". Found "${shown}".`,
      position: { line: 1, column: 1 },
    },
  };
}

// parseCurl warns of its own, since bash's $'\ud800' leaves no trace in the text.
function warnOfSurrogates(result: ParseResult<ParsedRequest>): ParseResult<ParsedRequest> {
  if (!result.ok) return result;
  const request = result.value;
  const texts = [request.url, ...request.headers.map((header) => header.written), request.body];
  const found = texts.map(findLoneSurrogate).find((unit) => unit !== undefined);
  if (found === undefined) return result;

  const message = `The request holds a lone surrogate ${found}, half of a character that has no UTF-8 form (bash writes it as three bytes that are not UTF-8). Signing and Content-MD5 here turn it into U+FFFD (EF BF BD), so the signature computed may not be the one the gateway checks.`;
  return { ok: true, value: { ...request, warnings: [...request.warnings, { message }] } };
}
