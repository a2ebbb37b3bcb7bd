import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCurlForPowerShell } from '../../src/export/curl-for-powershell';
import { quotePowerShell } from '../../src/export/quote-powershell';
import { expectedHeaders, expectedTarget, exportVector } from './support/export-vectors';
import { startRawListener, type RawListener } from './support/raw-listener';
import { runProgram } from './support/run-shell';
import { allVectors as appAuthVectors } from '../support/vectors';

/**
 * Reads a PowerShell string literal by the language's rules (about_Quoting_Rules): in single
 * quotes two quote characters stand for one; in double quotes a backtick escapes the next
 * character and `$([char]0xNN)` is that character. Only what the exporter writes is covered.
 */
function readPowerShellString(literal: string): string {
  const inner = literal.slice(1, -1);
  if (/^['\u2018-\u201b]/.test(literal))
    return inner.replace(/(['\u2018-\u201b])['\u2018-\u201b]/g, '$1');
  return inner
    .replace(/\$\(\[char\]0x([0-9a-f]+)\)/g, (_, hex: string) =>
      String.fromCodePoint(parseInt(hex, 16)),
    )
    .replace(/`(.)/gs, '$1');
}

/** The curl config text the PowerShell command writes, read from its `$lines = @(…)` block. */
function readConfig(command: string): string {
  const block = /\$lines = @\(\n([\s\S]*?)\n\)/.exec(command)?.[1] ?? '';
  return block
    .split('\n')
    .map((line) => readPowerShellString(line.trim()))
    .join('\n');
}

let listener: RawListener;
let folder: string;
beforeAll(async () => {
  listener = await startRawListener();
  folder = mkdtempSync(path.join(tmpdir(), 'apigw-powershell-'));
});
afterAll(async () => {
  await listener.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('the PowerShell command', () => {
  it.each(appAuthVectors)('hands curl a config that sends vector $name exactly', async (vector) => {
    const { request } = await exportVector(vector, listener.origin);
    const config = path.join(folder, 'request.curlrc');
    writeFileSync(config, readConfig(formatCurlForPowerShell(request)), 'utf8');

    const run = await runProgram('curl', ['--config', config, '-sS', '-o', '/dev/null']);
    expect(run.stderr).toBe('');
    const received = await listener.next();

    const unsigned = new Set(['host', 'user-agent', 'content-length']);
    const headers = received.headers
      .map(([name, value]): [string, string] => [
        name.toLowerCase(),
        Buffer.from(value, 'latin1').toString('utf8'),
      ])
      .filter(([name]) => !unsigned.has(name));
    expect(received.method).toBe(vector.input.method.toUpperCase());
    expect(received.target).toBe(expectedTarget(vector.input.url));
    expect(headers.sort()).toEqual(expectedHeaders(vector).sort());
    expect(received.body.equals(Buffer.from(vector.input.body, 'utf8'))).toBe(true);
  });

  it('names curl.exe, since curl is an alias of Invoke-WebRequest in Windows PowerShell', async () => {
    const [vector] = appAuthVectors;
    if (!vector) throw new Error('vectors.json has no appAuth case');
    const { request } = await exportVector(vector, 'http://127.0.0.1:9');
    expect(formatCurlForPowerShell(request)).toMatch(/^curl\.exe --config \$config$/m);
  });
});

describe('quotePowerShell', () => {
  it.each([
    ['plain', "'plain'"],
    ["it's", "'it''s'"],
    ['$env:PATH `n "x"', '\'$env:PATH `n "x"\''],
    ['\u2019quoted\u2018', "'\u2019\u2019quoted\u2018\u2018'"],
    ['a\x1bb$c', '"a$([char]0x1b)b`$c"'],
  ])('writes %j as %s', (value, literal) => {
    expect(quotePowerShell(value)).toBe(literal);
    expect(readPowerShellString(literal)).toBe(value);
  });
});
