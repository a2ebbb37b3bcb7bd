import { buildCurlArguments } from './curl-arguments';
import type { ExportedRequest } from './exported-request';
import { layoutCurlLines } from './layout-curl-lines';
import { CMD_SAFE, quoteCmd } from './quote-cmd';

/** The body's file name when it cannot go on a cmd line. */
export const CMD_BODY_FILE = 'body.bin';

export type CmdCommand =
  | {
      readonly ok: true;
      readonly text: string;
      readonly notes: readonly string[];
      /** The file the command reads the body from, when the body cannot go on the line. */
      readonly bodyFile?: string;
    }
  | { readonly ok: false; readonly problems: readonly string[] };

// cmd refuses lines longer than 8191 characters; the rest leaves room for the headers.
const LONGEST_INLINE_BODY = 4000;

/**
 * The curl command for Windows `cmd`, or why none can be written. A body that cmd cannot carry
 * (line breaks, control or non-ASCII characters, or too long for a line) is read from a file
 * the user saves, `--data-binary @body.bin`, and a note says so. A header or URL that cmd cannot
 * carry has no such way out, and the answer says which one and why.
 */
export function formatCurlForCmd(request: ExportedRequest): CmdCommand {
  if (!Array.isArray(request.headers)) {
    throw new TypeError('formatCurlForCmd: request.headers must be an array');
  }

  const problems = findCmdProblems(request);
  if (problems.length > 0) return { ok: false, problems };

  const body = request.body;
  const bodyInFile =
    !CMD_SAFE.test(body) || body.startsWith('@') || body.length > LONGEST_INLINE_BODY;
  const sent = bodyInFile ? { ...request, body: '' } : request;
  const words = buildCurlArguments(sent).map(quoteCmd);
  if (bodyInFile) words.push('--data-binary', `@${CMD_BODY_FILE}`);

  // A caret ending a line joins the next one; it escapes that line's first character, a space.
  const [first = '', ...rest] = layoutCurlLines(words);
  const text = [`curl.exe ${first}`, ...rest].join(' ^\n  ');
  const notes = describeNotes(request, bodyInFile);
  return { ok: true, text, notes, ...(bodyInFile ? { bodyFile: CMD_BODY_FILE } : {}) };
}

function findCmdProblems(request: ExportedRequest): string[] {
  const problems: string[] = [];
  if (!CMD_SAFE.test(request.url)) {
    problems.push('cmd cannot pass the URL as it is: it holds non-ASCII or control characters');
  }
  for (const header of request.headers) {
    if (!CMD_SAFE.test(header.value)) {
      problems.push(
        `cmd cannot pass ${header.name} as it is: curl.exe reads arguments in the ANSI code ` +
          'page, which may not hold its non-ASCII or control characters. Use PowerShell',
      );
    }
  }
  return problems;
}

function describeNotes(request: ExportedRequest, bodyInFile: boolean): string[] {
  const notes: string[] = [];
  if (bodyInFile) {
    notes.push(
      `Save the body byte for byte as ${CMD_BODY_FILE} in the current folder first: it has ` +
        'line breaks, control or non-ASCII characters, starts with @, or is too long for a cmd line',
    );
  }
  if (/!/.test([request.url, ...request.headers.map((h) => h.value), request.body].join(''))) {
    notes.push('Run it with delayed expansion off (the default): cmd /V:ON would expand the "!"');
  }
  return notes;
}
