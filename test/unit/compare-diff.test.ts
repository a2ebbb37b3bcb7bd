import { describe, expect, it } from 'vitest';
import { diffSigningStrings } from '../../src/compare/diff-signing-strings';
import { showInvisibles } from '../../src/compare/show-invisibles';

const OURS = 'x-date: D\nPOST\napplication/json\napplication/json; charset=utf-8\nMD5\n/v1/events';

describe('diffSigningStrings', () => {
  it('finds nothing between equal strings', () => {
    const diff = diffSigningStrings(OURS, OURS);
    expect(diff.identical).toBe(true);
    expect(diff.rows.every((row) => row.status === 'same')).toBe(true);
  });

  it('names a changed line, its label and what is missing, character by character', () => {
    const theirs = OURS.replace('; charset=utf-8', '');
    const row = diffSigningStrings(OURS, theirs).rows[3];
    expect(row).toMatchObject({
      status: 'changed',
      label: 'Content-Type',
      expectedLine: 4,
      foundLine: 4,
    });
    expect(row?.summary).toBe('differs: ";·charset=utf-8" missing at column 17');
    expect(row?.expected).toEqual([
      { text: 'application/json', change: 'same' },
      { text: '; charset=utf-8', change: 'removed' },
    ]);
  });

  it('shows a CR at the end of each line of a CRLF string', () => {
    const diff = diffSigningStrings(OURS, OURS.replace(/\n/g, '\r\n'));
    const changed = diff.rows.filter((row) => row.status === 'changed');
    expect(changed).toHaveLength(5);
    expect(changed[0]?.summary).toBe('differs: "␍" extra at column 10');
  });

  it('names a missing empty line and an extra one', () => {
    const missing = diffSigningStrings('x-date: D\nGET\n\n\n\n/', 'x-date: D\nGET\n\n\n/');
    expect(missing.rows.map((row) => row.status)).toContain('missing');
    expect(missing.rows.find((row) => row.status === 'missing')?.summary).toBe(
      'empty line missing',
    );

    const extra = diffSigningStrings('x-date: D\nGET\n\n\n\n/', 'x-date: D\nGET\n\n\n\n/\n');
    expect(extra.rows.at(-1)).toMatchObject({ status: 'extra', summary: 'extra empty line' });
  });

  it('labels header lines by name and the five fields after them', () => {
    const labels = diffSigningStrings(`source: a\n${OURS}`, `source: a\n${OURS}`).rows.map(
      (row) => row.label,
    );
    expect(labels).toEqual([
      'source header',
      'x-date header',
      'HTTPMethod',
      'Accept',
      'Content-Type',
      'Content-MD5',
      'PathAndParameters',
    ]);
  });
});

describe('showInvisibles', () => {
  it.each([
    ['a\rb', 'a␍b'],
    ['a\tb', 'a⇥b'],
    ['a\u00a0b', 'a⍽b'],
    ['a\u200bb', 'a⟨U+200B⟩b'],
    ['a\ufeff', 'a⟨U+FEFF⟩'],
    ['ends with spaces  ', 'ends with spaces··'],
  ])('shows %j as %j', (text, shown) => {
    expect(showInvisibles(text)).toBe(shown);
  });

  it('shows every space when asked', () => {
    expect(showInvisibles('a b', true)).toBe('a·b');
  });
});
