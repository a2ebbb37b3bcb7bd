import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCurlForBash } from '../../src/export/curl-for-bash';
import { expectedHeaders, expectedTarget, exportVector } from './support/export-vectors';
import { startRawListener, type RawListener, type ReceivedRequest } from './support/raw-listener';
import { hasProgram, runProgram } from './support/run-shell';
import { allVectors as appAuthVectors } from '../support/vectors';

// Headers curl adds that take no part in signing; any other header it added would be a bug.
const UNSIGNED = new Set(['host', 'user-agent', 'content-length']);
const shells = ['bash', 'zsh'].filter((shell) => {
  const present = hasProgram(shell, ['-c', 'true']);
  if (!present) console.warn(`Skipping the curl command under ${shell}: ${shell} is not installed`);
  return present;
});

let listener: RawListener;
beforeAll(async () => {
  listener = await startRawListener();
});
afterAll(async () => {
  await listener.close();
});

function headersOf(received: ReceivedRequest): [string, string][] {
  return received.headers
    .map(([name, value]): [string, string] => [
      name.toLowerCase(),
      Buffer.from(value, 'latin1').toString('utf8'),
    ])
    .filter(([name]) => !UNSIGNED.has(name));
}

describe.each(shells)('the curl command run by %s', (shell) => {
  it.each(appAuthVectors)('delivers exactly the signed request of vector $name', async (vector) => {
    const { request } = await exportVector(vector, listener.origin);

    const run = await runProgram(shell, ['-c', `${formatCurlForBash(request)} -sS -o /dev/null`]);
    expect(run.stderr).toBe('');
    const received = await listener.next();

    expect(received.method).toBe(vector.input.method.toUpperCase());
    expect(received.target).toBe(expectedTarget(vector.input.url));
    expect(headersOf(received).sort()).toEqual(expectedHeaders(vector).sort());
    expect(received.body.equals(Buffer.from(vector.input.body, 'utf8'))).toBe(true);
  });
});
