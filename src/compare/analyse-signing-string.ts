import { buildVariantLines, type VariantLines } from './build-variant-lines';
import type { CauseId } from './cause-catalogue';
import { findSmallestChange } from './find-smallest-change';
import type { Finding } from './finding';
import type { VariantContext } from './variant-context';
import { DEFAULT_SETTINGS, type Aspect } from './variant-settings';

/** A line of the client's signing string that differs in a way no catalogued cause explains. */
export interface LineDifference {
  readonly label: string;
  readonly expected: string;
  readonly found: string;
}

export interface SigningStringAnalysis {
  readonly findings: readonly Finding[];
  readonly unexplained: readonly LineDifference[];
}

const HEADER_LINE = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+ ?:/;
const FIELD_LABELS = ['HTTPMethod', 'Accept', 'Content-Type', 'Content-MD5', 'PathAndParameters'];
const HEADER_ASPECTS: readonly Aspect[] = ['headerLine', 'headerOrder', 'headerValue', 'headerSet'];
const PATH_ASPECTS: readonly Aspect[] = [
  'stage',
  'values',
  'order',
  'emptyValue',
  'repeated',
  'form',
];

/**
 * Compares the client's signing string with the one the rules give, line by line, and names
 * the cause of each difference: for a line the catalogue can rebuild (header lines,
 * Content-MD5, PathAndParameters), the fewest variants that rebuild the client's line.
 */
export function analyseSigningString(
  context: VariantContext,
  clientString: string,
): SigningStringAnalysis {
  const findings: Finding[] = [];
  const unexplained: LineDifference[] = [];
  const found = (cause: CauseId, sentence: string) =>
    findings.push({ cause, source: 'signing-string', sentence });
  const ours = buildVariantLines(context, DEFAULT_SETTINGS);

  let text = clientString;
  if (text.includes('\r')) {
    found(
      'line-ends',
      "The client's signing string has CR characters: its lines end in CRLF, where the rules join them with LF alone.",
    );
    text = text.replace(/\r\n?/g, '\n');
  }
  if (text.endsWith('\n')) {
    found(
      'line-ends',
      "The client's signing string ends with a line break; nothing follows PathAndParameters.",
    );
    text = text.slice(0, -1);
  }

  const lines = text.split('\n');
  const headerCount = countHeaderLines(lines);
  compareHeaders(context, ours, lines.slice(0, headerCount), found, unexplained);
  const fields = alignFields(lines.slice(headerCount), ours, found);
  compareFields(context, ours, fields, found, unexplained);
  return { findings, unexplained };
}

function countHeaderLines(lines: readonly string[]): number {
  let count = 0;
  // The method and four more lines always follow the header block.
  while (count < lines.length - 5 && HEADER_LINE.test(lines[count] ?? '')) count++;
  return count;
}

type Found = (cause: CauseId, sentence: string) => void;

function compareHeaders(
  context: VariantContext,
  ours: VariantLines,
  theirs: readonly string[],
  found: Found,
  unexplained: LineDifference[],
) {
  if (theirs.join('\n') === ours.headers.join('\n')) return;
  const change = findSmallestChange(
    HEADER_ASPECTS,
    (settings) => buildVariantLines(context, settings).headers.join('\n'),
    theirs.join('\n'),
  );
  if (change) {
    for (const variant of change)
      found(
        variant.cause,
        `The client ${variant.description}: it signed "${theirs.join('⏎')}" where the rules give "${ours.headers.join('⏎')}".`,
      );
    return;
  }
  if (theirs.length !== ours.headers.length) {
    found(
      'header-list-mismatch',
      `The client signed ${theirs.length} header line${theirs.length === 1 ? '' : 's'} (${names(theirs)}), where headers="…" and the headers sent give ${ours.headers.length} (${names(ours.headers)}).`,
    );
    return;
  }
  ours.headers.forEach((line, index) => {
    const other = theirs[index] ?? '';
    if (other !== line)
      unexplained.push({ label: `header line ${index + 1}`, expected: line, found: other });
  });
}

function names(lines: readonly string[]): string {
  return lines.map((line) => line.split(':')[0] ?? '').join(', ') || 'none';
}

/** The five field lines of the client's string, re-aligned when an empty line was lost or added. */
function alignFields(
  fields: readonly string[],
  ours: VariantLines,
  found: Found,
): (string | undefined)[] {
  if (fields.length === 5) return [...fields];
  if (fields.length === 6 && fields[0] === '') {
    found(
      'line-ends',
      "The client's signing string has a blank line between the header lines and the method.",
    );
    return fields.slice(1);
  }
  const expected = [ours.method, ours.accept, ours.contentType, ours.contentMd5, ours.path];
  found(
    'line-ends',
    `After the header lines the client's signing string has ${fields.length} lines, where the rules give 5 (method, Accept, Content-Type, Content-MD5, path): ${fields.length < 5 ? 'an empty line is missing' : 'there is an extra line'}.`,
  );
  if (fields.length < 5 && fields.length === expected.filter((field) => field !== '').length) {
    let next = 0;
    return expected.map((field) => (field === '' ? '' : fields[next++]));
  }
  return [fields[0], undefined, undefined, undefined, fields.at(-1)];
}

function compareFields(
  context: VariantContext,
  ours: VariantLines,
  fields: readonly (string | undefined)[],
  found: Found,
  unexplained: LineDifference[],
) {
  const expected = [ours.method, ours.accept, ours.contentType, ours.contentMd5, ours.path];
  expected.forEach((line, index) => {
    const theirs = fields[index];
    const label = FIELD_LABELS[index] ?? '';
    if (theirs === undefined || theirs === line) return;
    const cause = explainField(context, index, theirs);
    if (cause.length === 0) unexplained.push({ label, expected: line, found: theirs });
    for (const [id, how] of cause)
      found(
        id,
        `The client ${how}: it signed ${label} as "${theirs}" where the rules give "${line}".`,
      );
  });
}

function explainField(context: VariantContext, index: number, theirs: string): [CauseId, string][] {
  const build = (aspects: readonly Aspect[], pick: (lines: VariantLines) => string) =>
    (
      findSmallestChange(
        aspects,
        (settings) => pick(buildVariantLines(context, settings)),
        theirs,
      ) ?? []
    ).map((variant): [CauseId, string] => [variant.cause, variant.description]);

  if (index === 0) return build(['method'], (lines) => lines.method);
  if (index === 1) return [['accept-mismatch', 'signed another Accept than the one sent']];
  if (index === 2) {
    const known = build(['contentType'], (lines) => lines.contentType);
    return known.length > 0
      ? known
      : [['content-type-mismatch', 'signed another Content-Type than the one sent']];
  }
  if (index === 3) {
    const known = build(['md5'], (lines) => lines.contentMd5);
    return known.length > 0
      ? known
      : [['md5-body-mismatch', 'hashed other bytes than the body sent']];
  }
  return build(PATH_ASPECTS, (lines) => lines.path);
}
