import type { CauseId } from './cause-catalogue';
import { checkPaste } from './check-paste';
import type { ParseResult, PasteWarning } from './paste-types';

/** The gateway's error, as read from its response. */
export interface ServerError {
  /** The gateway's message, escapes undone. */
  readonly message: string;
  /** The gateway's own signing string, `#` turned back into line breaks. */
  readonly stringToSign?: string;
  /** For another known error message: the cause it names (spec §1.7). */
  readonly cause?: CauseId;
  readonly warnings: readonly PasteWarning[];
}

const MARKER = 'Server StringToSign:';

// The other messages of spec §1.7 and the cause each one points to.
const KNOWN_MESSAGES: readonly [RegExp, CauseId][] = [
  [/x-date header is out of date/i, 'date-expired'],
  [/a valid x-date header is required/i, 'date-format'],
  [/id or signature missing/i, 'auth-syntax'],
  [/authorization format error/i, 'auth-syntax'],
  [/algorithm \S+ not supported/i, 'auth-syntax'],
  [/do not support multiple HTTP header/i, 'header-list-mismatch'],
  [/a valid \S+ header is required/i, 'header-list-mismatch'],
  [/apikey is invalid/i, 'secret-mismatch'],
];

/**
 * Reads the gateway's error from a pasted response: a JSON body, a header value, or the whole
 * response with its status line. In the `Server StringToSign:` echo the gateway writes every
 * line break as `#` and, in JSON, every `/` as `\/` (spec §1.7); both are undone here.
 */
export function parseServerResponse(text: string): ParseResult<ServerError> {
  const pasteError = checkPaste(text, "the gateway's error response");
  if (pasteError) return { ok: false, error: pasteError };

  const message = findMessage(text);
  const at = message.indexOf(MARKER);
  if (at === -1) {
    const cause = KNOWN_MESSAGES.find(([pattern]) => pattern.test(message))?.[1];
    if (cause === undefined && !/HMAC/i.test(message)) {
      return {
        ok: false,
        error: {
          message: `No gateway error found: expected a message such as "HMAC signature does not match, Server StringToSign:…", in a JSON body or a header.`,
        },
      };
    }
    return { ok: true, value: { message, ...(cause ? { cause } : {}), warnings: [] } };
  }

  const echoed = message.slice(at + MARKER.length).split(/\r?\n/)[0] ?? '';
  const stringToSign = echoed.replace(/\\\//g, '/').replace(/#/g, '\n');
  const warnings: PasteWarning[] = [];
  if (/"\s*}?\s*$/.test(echoed)) {
    warnings.push({
      message:
        'The echo seems to run into JSON quotes: paste the whole JSON body so that it is read as JSON.',
    });
  }
  return { ok: true, value: { message, stringToSign, warnings } };
}

/** The message in a JSON body when there is one, else the text as pasted. */
function findMessage(text: string): string {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start !== -1 && end > start) {
    const found = findInJson(text.slice(start, end + 1));
    if (found !== undefined) return found;
  }
  return text.trim();
}

function findInJson(json: string): string | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return undefined;
  }
  const strings: string[] = [];
  collectStrings(parsed, strings, 0);
  return (
    strings.find((value) => value.includes(MARKER)) ?? strings.find((value) => /HMAC/i.test(value))
  );
}

function collectStrings(value: unknown, into: string[], depth: number) {
  // A gateway error nests a few levels at most; the bound keeps a hostile paste cheap.
  if (depth > 20) return;
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) value.forEach((item) => collectStrings(item, into, depth + 1));
  else if (value !== null && typeof value === 'object') {
    Object.values(value).forEach((item) => collectStrings(item, into, depth + 1));
  }
}
