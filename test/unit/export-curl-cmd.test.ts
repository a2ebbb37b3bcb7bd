import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCurlForCmd } from '../../src/export/curl-for-cmd';
import type { ExportedRequest } from '../../src/export/exported-request';

/**
 * A model of interactive cmd.exe reading one command (after the well-known description of its
 * phases): `%name%` is expanded first, inside quotes too, when the variable exists; then,
 * outside quotes, a caret takes the next character literally (a caret before a line break joins
 * the lines) and `& | < >` would end the command. The environment here is hostile: every name
 * exists, except names that start with a quote or a backslash, which no real one does.
 */
function readCmdLine(line: string): string {
  const expanded = line.replace(/%([^%\n]+)%/g, (whole, name: string) =>
    /^["\\]/.test(name) ? whole : 'EXPANDED',
  );
  let result = '';
  let quoted = false;
  for (let index = 0; index < expanded.length; index += 1) {
    const character = expanded[index] ?? '';
    if (character === '"') quoted = !quoted;
    if (!quoted && character === '^') {
      index += expanded[index + 1] === '\n' ? 2 : 1;
      result += expanded[index] ?? '';
      continue;
    }
    if (!quoted && /[&|<>\n]/.test(character)) throw new Error(`cmd reads ${character} as syntax`);
    result += character;
  }
  return result;
}

/** The Microsoft C runtime's split of a command line into argv (2008 and later rules). */
function splitCommandLine(line: string): string[] {
  const args: string[] = [];
  let current = '';
  let started = false;
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const character = line[index] ?? '';
    if (character === '\\') {
      let count = 0;
      while (line[index + count] === '\\') count += 1;
      started = true;
      if (line[index + count] !== '"') {
        current += '\\'.repeat(count);
        index += count - 1;
        continue;
      }
      // Before a quote, each pair of backslashes is one; an odd one left makes the quote literal.
      current += '\\'.repeat(Math.floor(count / 2));
      if (count % 2 === 1) current += '"';
      index += count % 2 === 1 ? count : count - 1;
      continue;
    }
    if (character === '"') {
      if (quoted && line[index + 1] === '"') {
        current += '"';
        index += 1;
      } else quoted = !quoted;
      started = true;
      continue;
    }
    if (!quoted && (character === ' ' || character === '\t')) {
      if (started) args.push(current);
      current = '';
      started = false;
      continue;
    }
    current += character;
    started = true;
  }
  if (started) args.push(current);
  return args;
}

function expectedArguments(request: ExportedRequest): string[] {
  const headers = request.headers.flatMap(({ name, value }) => [
    '-H',
    value === '' ? `${name};` : `${name}: ${value}`,
  ]);
  const data = request.body === '' ? [] : ['--data-binary', request.body];
  return [
    'curl.exe',
    '--globoff',
    '--path-as-is',
    '-X',
    request.method,
    request.url,
    ...headers,
    ...data,
  ];
}

const printable = fc
  .array(
    fc.oneof(fc.string({ unit: fc.constantFrom(...'%"\\^&|<>()! a1=,;'.split('')) }), fc.string()),
    { maxLength: 5 },
  )
  .map((parts) => parts.join('').replace(/[^\x20-\x7e]/g, ''));

describe('the cmd command', () => {
  it('reaches curl.exe as exactly the meant arguments, whatever % " ^ & | < > it holds', () => {
    fc.assert(
      fc.property(printable, printable, printable, (value, url, body) => {
        const request: ExportedRequest = {
          method: 'POST',
          url: `http://127.0.0.1:9/p?${url}`,
          headers: [
            { name: 'X-Custom', value: value.trim() },
            { name: 'Authorization', value: `hmac id="${value.trim()}", signature="a+b/c="` },
          ],
          body: body.replace(/^@/, ''),
        };
        const command = formatCurlForCmd(request);
        if (!command.ok) throw new Error(command.problems.join('; '));
        expect(splitCommandLine(readCmdLine(command.text))).toEqual(expectedArguments(request));
      }),
      { numRuns: 300 },
    );
  });

  it('moves a body with line breaks into a file and says so', () => {
    const request = { method: 'POST', url: 'http://h/', headers: [], body: 'a\r\nb' };
    const command = formatCurlForCmd(request);
    expect(command.ok && command.text).toMatch(/--data-binary @body\.bin$/);
    expect(command.ok && command.notes.join(' ')).toMatch(/body\.bin/);
    expect(command.ok && command.bodyFile).toBe('body.bin');
  });

  it('keeps a body of printable ASCII on the line, with no file to save', () => {
    const request = { method: 'POST', url: 'http://h/', headers: [], body: 'a=1&b=2' };
    const command = formatCurlForCmd(request);
    expect(command.ok && command.text).toMatch(/--data-binary "a=1&b=2"$/);
    expect(command.ok && command.bodyFile).toBeUndefined();
  });

  it('refuses a header that curl.exe may not read as typed, and names it', () => {
    const request = {
      method: 'GET',
      url: 'http://h/',
      headers: [{ name: 'Source', value: '\u4f60' }],
      body: '',
    };
    const command = formatCurlForCmd(request);
    expect(command.ok).toBe(false);
    expect(!command.ok && command.problems.join(' ')).toMatch(/Source/);
  });
});
