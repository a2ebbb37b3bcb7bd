import { diffArrays, diffChars } from 'diff';
import { showInvisibles } from './show-invisibles';

/** A run of characters in one side of a diff row. */
export interface DiffSegment {
  readonly text: string;
  /** `removed`: only in the expected string; `added`: only in the other one. */
  readonly change: 'same' | 'removed' | 'added';
}

export interface DiffRow {
  readonly status: 'same' | 'changed' | 'missing' | 'extra';
  /** What the line holds, named after its place in the expected string. */
  readonly label: string;
  readonly expectedLine?: number;
  readonly foundLine?: number;
  readonly expected: readonly DiffSegment[];
  readonly found: readonly DiffSegment[];
  /** The difference in words, so that it is not told by colour alone. */
  readonly summary: string;
}

export interface SigningStringDiff {
  readonly identical: boolean;
  readonly rows: readonly DiffRow[];
}

const FIELD_LABELS = ['HTTPMethod', 'Accept', 'Content-Type', 'Content-MD5', 'PathAndParameters'];

/**
 * A line-by-line diff of two signing strings (jsdiff's array diff on lines), with a
 * character diff of each changed line and a sentence naming each difference. Line breaks
 * split lines; a CR stays in its line, where it is shown as ␍.
 */
export function diffSigningStrings(expected: string, found: string): SigningStringDiff {
  if (typeof expected !== 'string' || typeof found !== 'string') {
    throw new TypeError('diffSigningStrings: both strings must be strings');
  }

  const expectedLines = expected.split('\n');
  const foundLines = found.split('\n');
  const labels = labelLines(expectedLines);
  const rows: DiffRow[] = [];
  let e = 0;
  let f = 0;

  const changes = diffArrays(expectedLines, foundLines);
  for (let i = 0; i < changes.length; i++) {
    const change = changes[i];
    if (!change) continue;
    const next = changes[i + 1];
    if (!change.added && !change.removed) {
      for (const line of change.value) rows.push(sameRow(line, labels[e] ?? '', ++e, ++f));
    } else if (change.removed && next?.added) {
      const paired = Math.min(change.value.length, next.value.length);
      for (let k = 0; k < paired; k++)
        rows.push(
          changedRow(change.value[k] ?? '', next.value[k] ?? '', labels[e] ?? '', ++e, ++f),
        );
      for (const line of change.value.slice(paired))
        rows.push(missingRow(line, labels[e] ?? '', ++e));
      for (const line of next.value.slice(paired)) rows.push(extraRow(line, ++f));
      i++;
    } else if (change.removed) {
      for (const line of change.value) rows.push(missingRow(line, labels[e] ?? '', ++e));
    } else {
      for (const line of change.value) rows.push(extraRow(line, ++f));
    }
  }
  return { identical: expected === found, rows };
}

/** Names each line of a signing string after its place: header lines, then the five fields. */
export function labelLines(lines: readonly string[]): string[] {
  const headerCount = Math.max(lines.length - FIELD_LABELS.length, 0);
  return lines.map((line, index) =>
    index < headerCount
      ? `${line.split(':')[0] ?? ''} header`
      : (FIELD_LABELS[index - headerCount] ?? ''),
  );
}

function sameRow(line: string, label: string, expectedLine: number, foundLine: number): DiffRow {
  const segment = [{ text: line, change: 'same' as const }];
  return {
    status: 'same',
    label,
    expectedLine,
    foundLine,
    expected: segment,
    found: segment,
    summary: 'same',
  };
}

function changedRow(
  before: string,
  after: string,
  label: string,
  expectedLine: number,
  foundLine: number,
): DiffRow {
  const expected: DiffSegment[] = [];
  const found: DiffSegment[] = [];
  const notes: string[] = [];
  let column = 1;
  for (const part of diffChars(before, after)) {
    const shown = `"${showInvisibles(part.value, true)}"`;
    if (part.removed) {
      expected.push({ text: part.value, change: 'removed' });
      notes.push(`${shown} missing at column ${column}`);
    } else if (part.added) {
      found.push({ text: part.value, change: 'added' });
      notes.push(`${shown} extra at column ${column}`);
    } else {
      expected.push({ text: part.value, change: 'same' });
      found.push({ text: part.value, change: 'same' });
    }
    if (!part.added) column += part.value.length;
  }
  const shownNotes = notes.length > 3 ? [...notes.slice(0, 3), `${notes.length - 3} more`] : notes;
  return {
    status: 'changed',
    label,
    expectedLine,
    foundLine,
    expected,
    found,
    summary: `differs: ${shownNotes.join('; ')}`,
  };
}

function missingRow(line: string, label: string, expectedLine: number): DiffRow {
  return {
    status: 'missing',
    label,
    expectedLine,
    expected: [{ text: line, change: 'removed' }],
    found: [],
    summary: line === '' ? 'empty line missing' : 'line missing',
  };
}

function extraRow(line: string, foundLine: number): DiffRow {
  return {
    status: 'extra',
    label: 'extra line',
    foundLine,
    expected: [],
    found: [{ text: line, change: 'added' }],
    summary: line === '' ? 'extra empty line' : 'extra line',
  };
}
