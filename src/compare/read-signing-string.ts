import { checkPaste } from './check-paste';
import type { ParseResult, PasteWarning } from './paste-types';

/** A signing string as the client logged it, line breaks restored. */
export interface ClientSigningString {
  readonly value: string;
  readonly warnings: readonly PasteWarning[];
}

// The fewest lines a signing string can have: x-date, method, Accept, Content-Type,
// Content-MD5 and PathAndParameters (spec §1.1).
const FEWEST_LINES = 6;

const ESCAPES: Readonly<Record<string, string>> = {
  n: '\n',
  r: '\r',
  t: '\t',
  '\\': '\\',
  '"': '"',
  "'": "'",
  '/': '/',
};

/**
 * Reads the signing string a client logged: with real line breaks, with `\n` escapes as a
 * log line or a debugger shows it, or as a quoted JSON string. A single final line break is
 * dropped, since pasting adds one; to keep a trailing newline, write it as `\n`.
 */
export function readSigningString(text: string): ParseResult<ClientSigningString> {
  const pasteError = checkPaste(text, "the client's signing string");
  if (pasteError) return { ok: false, error: pasteError };

  const warnings: PasteWarning[] = [];
  const value = decode(text, warnings);
  const lines = value.split('\n').length;
  if (lines < FEWEST_LINES) {
    return {
      ok: false,
      error: {
        message: `Expected a signing string of at least ${FEWEST_LINES} lines (header lines, method, Accept, Content-Type, Content-MD5, path), with line breaks or \\n escapes; found ${lines === 1 ? 'one line' : `${lines} lines`}.`,
      },
    };
  }
  return { ok: true, value: { value, warnings } };
}

function decode(text: string, warnings: PasteWarning[]): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('"') && trimmed.endsWith('"') && trimmed.length > 1) {
    const json = tryJsonString(trimmed);
    if (json !== undefined) return json;
  }

  const hasBreaks = /\n/.test(text.replace(/\r?\n$/, ''));
  if (hasBreaks) {
    if (/\\n/.test(text)) {
      warnings.push({
        message:
          'The text has both line breaks and \\n escapes; the line breaks are used, the \\n kept as text.',
      });
    }
    return text.replace(/\r?\n$/, '');
  }
  if (/\\[nr]/.test(text)) return unescape(text.replace(/\r?\n$/, ''));
  if (text.split('#').length >= FEWEST_LINES) {
    warnings.push({ message: "Read # as line breaks, as in the gateway's echo." });
    return text.replace(/\r?\n$/, '').replace(/#/g, '\n');
  }
  return text.replace(/\r?\n$/, '');
}

function unescape(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (whole, escape: string) => {
    if (escape.startsWith('u') && escape.length === 5) {
      return String.fromCharCode(parseInt(escape.slice(1), 16));
    }
    return ESCAPES[escape] ?? whole;
  });
}

function tryJsonString(text: string): string | undefined {
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'string' ? parsed : undefined;
  } catch {
    return undefined;
  }
}
