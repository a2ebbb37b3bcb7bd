import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateBashSnippet } from '../../src/export/snippet-bash';
import { generateGoSnippet } from '../../src/export/snippet-go';
import { generateJavaSnippet } from '../../src/export/snippet-java';
import { generateNodeSnippet } from '../../src/export/snippet-node';
import { generatePythonSnippet } from '../../src/export/snippet-python';
import { buildSnippetRequest, type SnippetRequest } from '../../src/export/snippet-request';
import { parseXDate } from '../../src/signing/x-date';
import { exportVector, expectedTarget, verifierOptions } from './support/export-vectors';
import { decodeHeaderValue, startRawListener, type RawListener } from './support/raw-listener';
import { hasProgram, runProgram } from './support/run-shell';
import { verifyAppAuth } from './support/verify-app-auth';
import { appAuthVectors } from '../support/vectors';

interface Runtime {
  readonly name: string;
  readonly missing: string | undefined;
  readonly file: string;
  readonly generate: (request: SnippetRequest) => string;
  readonly command: (file: string) => [string, string[]];
}

function missing(check: () => boolean, message: string): string | undefined {
  return check() ? undefined : message;
}

const runtimes: Runtime[] = [
  {
    name: 'Python (requests)',
    missing: missing(
      () => hasProgram('python3', ['-c', 'import requests']),
      'python3 with the requests package is not installed',
    ),
    file: 'sign_request.py',
    generate: generatePythonSnippet,
    command: (file) => ['python3', [file]],
  },
  {
    name: 'Node.js (fetch)',
    missing: undefined,
    file: 'sign-request.mjs',
    generate: generateNodeSnippet,
    command: (file) => [process.execPath, [file]],
  },
  {
    name: 'bash with openssl',
    missing: missing(
      () => hasProgram('bash', ['-c', 'command -v openssl curl iconv']),
      'bash, openssl, curl or iconv is not installed',
    ),
    file: 'sign-request.sh',
    generate: generateBashSnippet,
    command: (file) => ['bash', [file]],
  },
  {
    name: 'Java (java.net.http)',
    missing: missing(() => hasProgram('java', ['-version']), 'java (11 or later) is not installed'),
    file: 'SignRequest.java',
    generate: generateJavaSnippet,
    command: (file) => ['java', [file]],
  },
  {
    name: 'Go (net/http)',
    missing: missing(() => hasProgram('go', ['version']), 'the Go toolchain is not installed'),
    file: 'main.go',
    generate: generateGoSnippet,
    command: (file) => ['go', ['run', file]],
  },
];

let listener: RawListener;
let folder: string;
beforeAll(async () => {
  listener = await startRawListener();
  folder = mkdtempSync(path.join(tmpdir(), 'apigw-snippets-'));
});
afterAll(async () => {
  await listener.close();
  rmSync(folder, { recursive: true, force: true });
});

for (const runtime of runtimes) {
  if (runtime.missing) console.warn(`Skipping the ${runtime.name} snippet: ${runtime.missing}`);
}

describe.each(runtimes)('the $name snippet', (runtime) => {
  it.skipIf(runtime.missing !== undefined).each(appAuthVectors)(
    'signs vector $name at run time so that the listener verifies it',
    async (vector) => {
      const { built, request } = await exportVector(vector, listener.origin);
      const credentials = { key: vector.key, algorithm: vector.algorithm };
      const snippet = runtime.generate(
        buildSnippetRequest(request, built, credentials, vector.options),
      );
      const file = path.join(folder, runtime.file);
      writeFileSync(file, snippet);

      const [program, args] = runtime.command(file);
      const env = { ...process.env, APIGW_APP_SECRET: vector.secret, GOFLAGS: '-mod=mod' };
      const run = await runProgram(program, args, { env, cwd: folder, timeoutMs: 60_000 });
      expect(run.stderr.replace(/^\s*%.*$/gm, '')).not.toMatch(/error|exception|traceback/i);
      expect(run.code).toBe(0);
      const received = await listener.next();

      const verification = verifyAppAuth(received, vector.secret, verifierOptions(vector));
      expect(verification.problems).toEqual([]);
      expect(verification.sentSignature).toBe(verification.expectedSignature);
      expect(received.method).toBe(vector.input.method.toUpperCase());
      expect(received.target).toBe(expectedTarget(vector.input.url));
      expect(received.body.equals(Buffer.from(vector.input.body, 'utf8'))).toBe(true);
      expect(verification.signingString.split('\n').slice(-4).join('\n')).toBe(
        vector.expected.signingString.split('\n').slice(-4).join('\n'),
      );

      const xDate = received.headers.find(([name]) => name.toLowerCase() === 'x-date')?.[1] ?? '';
      const sentAt = parseXDate(decodeHeaderValue(xDate));
      expect(sentAt).toBeDefined();
      expect(Math.abs((sentAt ?? 0) - Date.now())).toBeLessThan(900_000);
    },
    120_000,
  );
});
