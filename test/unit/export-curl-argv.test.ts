import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCurlForBash } from '../../src/export/curl-for-bash';
import type { ExportedRequest } from '../../src/export/exported-request';
import { hasProgram, runProgram } from './support/run-shell';

// A stand-in for curl that prints its arguments, each ended by NUL, then what it read on stdin.
const PRINTER = "curl() { printf '%s\\0' \"$@\"; printf 'stdin\\0'; cat; }";

const shells = ['bash', 'zsh'].filter((shell) => {
  const present = hasProgram(shell, ['-c', 'true']);
  if (!present) console.warn(`Skipping the argv property under ${shell}: it is not installed`);
  return present;
});

const awkward = fc.constantFrom(
  "'",
  '"',
  '$',
  '`',
  '!',
  '\\',
  '\n',
  '\r',
  '\t',
  '\x1b',
  '%',
  '@',
  '~',
  '*',
  '?',
  '{a,b}',
  '$(id)',
  '\u00e9',
  '\u4f60',
  '\u{1f600}',
  '\u202e',
  ' ',
  '#',
  ';',
  '&',
  '|',
  '<',
  '>',
  '=',
);
const text = fc
  .array(fc.oneof(fc.string(), awkward, fc.string({ unit: 'grapheme' })), { maxLength: 6 })
  .map((parts) => parts.join(''));
const headerValue = text.map((value) =>
  value.replace(/[\r\n\0]/g, '').replace(/^[ \t]+|[ \t]+$/g, ''),
);
const body = fc.oneof(
  text,
  text.map((value) => `${value}\0${value}`),
  text.map((value) => `@${value}`),
);

/** What curl must receive, written from curl's documented options, not from the exporter. */
function expectedArguments(request: ExportedRequest): { argv: string[]; stdin: string } {
  const piped = request.body.includes('\0') || request.body.startsWith('@');
  const headers = request.headers.flatMap(({ name, value }) => [
    '-H',
    value === '' ? `${name};` : `${name}: ${value}`,
  ]);
  const data = request.body === '' ? [] : ['--data-binary', piped ? '@-' : request.body];
  return {
    argv: ['--globoff', '--path-as-is', '-X', request.method, request.url, ...headers, ...data],
    stdin: piped ? request.body : '',
  };
}

function wellFormed(value: string): string {
  return value.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

describe.each(shells)('the argv that %s builds from the curl command', (shell) => {
  it('is exactly what was meant, for any header value and body', async () => {
    await fc.assert(
      fc.asyncProperty(headerValue, headerValue, body, async (first, second, payload) => {
        const request: ExportedRequest = {
          method: 'POST',
          url: "http://127.0.0.1:9/p?a='b'&c=$d",
          headers: [
            { name: 'x-date', value: wellFormed(first) },
            { name: 'Accept', value: '' },
            { name: 'X-Custom', value: wellFormed(second) },
          ],
          body: wellFormed(payload),
        };
        const run = await runProgram(shell, ['-c', `${PRINTER}\n${formatCurlForBash(request)}`]);
        const output = run.stdout.toString('utf8');
        const stdinAt = output.lastIndexOf('stdin\0');
        const argv = output.slice(0, stdinAt).split('\0').slice(0, -1);
        const expected = expectedArguments(request);
        expect(run.stderr).toBe('');
        expect(argv).toEqual(expected.argv);
        expect(output.slice(stdinAt + 'stdin\0'.length)).toBe(expected.stdin);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});
