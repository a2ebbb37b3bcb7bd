import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findSnippetProblems, type SnippetLanguage } from '../../src/export/find-snippet-problems';
import { generateBashSnippet } from '../../src/export/snippet-bash';
import { generateGoSnippet } from '../../src/export/snippet-go';
import { generateJavaSnippet } from '../../src/export/snippet-java';
import { generateNodeSnippet } from '../../src/export/snippet-node';
import { generatePythonSnippet } from '../../src/export/snippet-python';
import { buildSnippetRequest, type SnippetRequest } from '../../src/export/snippet-request';
import { buildExportedRequest } from '../../src/export/exported-request';
import { buildSigningLines } from '../../src/signing/signing-lines';
import { signRequest } from '../../src/signing/sign-request';
import { DEFAULT_OPTIONS, type SigningInput } from '../../src/signing/types';
import { expectedTarget } from './support/export-vectors';
import { startRawListener, type RawListener } from './support/raw-listener';
import { hasProgram, runProgram } from './support/run-shell';
import { verifyAppAuth } from './support/verify-app-auth';

interface Runtime {
  readonly language: SnippetLanguage;
  readonly available: boolean;
  readonly file: string;
  readonly generate: (request: SnippetRequest) => string;
  readonly command: (file: string) => [string, string[]];
}

const runtimes: Runtime[] = [
  {
    language: 'python',
    available: hasProgram('python3', ['-c', 'import requests']),
    file: 'sign_request.py',
    generate: generatePythonSnippet,
    command: (file) => ['python3', [file]],
  },
  {
    language: 'node',
    available: true,
    file: 'sign-request.mjs',
    generate: generateNodeSnippet,
    command: (file) => [process.execPath, [file]],
  },
  {
    language: 'bash',
    available: hasProgram('bash', ['-c', 'command -v openssl curl iconv']),
    file: 'sign-request.sh',
    generate: generateBashSnippet,
    command: (file) => ['bash', [file]],
  },
  {
    language: 'java',
    available: hasProgram('java', ['-version']),
    file: 'SignRequest.java',
    generate: generateJavaSnippet,
    command: (file) => ['java', [file]],
  },
  {
    language: 'go',
    available: hasProgram('go', ['version']),
    file: 'main.go',
    generate: generateGoSnippet,
    command: (file) => ['go', ['run', file]],
  },
];

interface AwkwardCase {
  readonly name: string;
  readonly input: Partial<SigningInput> & { readonly path: string };
  readonly embedSecret?: boolean;
  /** The languages whose HTTP library would change the request, so the page refuses. */
  readonly refusedBy: readonly SnippetLanguage[];
}

const SECRET = 'awkward-secret';
const LISTENER_HOST = '<the listener host>';
const STRICT_URL_REFUSERS: SnippetLanguage[] = ['python', 'java', 'go'];

// Each input comes from the adversarial tester's report; what the listener must receive is the
// path and query as typed and the body's UTF-8 bytes, checked by the independent verifier.
const cases: AwkwardCase[] = [
  { name: 'an embedded secret', input: { path: '/release/a' }, embedSecret: true, refusedBy: [] },
  {
    name: 'a body with a BOM, NUL, U+2028, U+2029, a lone surrogate and an emoji',
    input: {
      path: '/a',
      method: 'POST',
      contentType: 'text/plain',
      body: 'x\uFEFFy\0z\u2028\u2029\uD800!\u{1F600}\u00e9"\\',
    },
    embedSecret: true,
    refusedBy: [],
  },
  {
    name: 'a GET with a body',
    input: { path: '/a', method: 'GET', contentType: 'text/plain', body: 'hello' },
    refusedBy: [],
  },
  {
    name: 'a HEAD with a body',
    input: { path: '/a', method: 'HEAD', contentType: 'text/plain', body: 'hello' },
    refusedBy: ['bash'],
  },
  {
    name: 'Accept, Content-Type and Content-MD5 signed as extra headers',
    input: {
      path: '/a',
      method: 'POST',
      accept: 'application/json',
      contentType: 'text/plain',
      body: '{"a":1}',
      signedHeaders: [
        { name: 'Accept', value: 'application/json' },
        { name: 'content-type', value: 'text/plain' },
      ],
    },
    refusedBy: [],
  },
  {
    name: 'a signed Host header',
    input: { path: '/a', signedHeaders: [{ name: 'Host', value: LISTENER_HOST }] },
    refusedBy: [],
  },
  {
    name: 'a URL with a backtick, brackets, braces and a backslash',
    input: { path: '/a`b[c]{d}\\e?q=[1]' },
    refusedBy: STRICT_URL_REFUSERS,
  },
  {
    name: 'a query with a malformed escape beside a good one',
    input: { path: '/a?a=%ZZ&c=%C3%A9' },
    refusedBy: ['python', 'java'],
  },
  {
    name: 'a non-ASCII header value',
    input: { path: '/a', signedHeaders: [{ name: 'source', value: 'caf\u00e9' }] },
    refusedBy: ['java'],
  },
  { name: 'user credentials in the URL', input: { path: '/x' }, refusedBy: [] },
  { name: 'dot segments in the path', input: { path: '/release/a/../b/./c' }, refusedBy: [] },
  {
    name: 'form values with line breaks',
    input: {
      path: '/a',
      method: 'POST',
      contentType: 'application/x-www-form-urlencoded',
      body: 'a=1\n&b=2\n',
    },
    refusedBy: [],
  },
  { name: 'empty keys in the query', input: { path: '/a?a=b=c&=v&=' }, refusedBy: [] },
];

let listener: RawListener;
let folder: string;
beforeAll(async () => {
  listener = await startRawListener();
  folder = mkdtempSync(path.join(tmpdir(), 'apigw-awkward-'));
});
afterAll(async () => {
  await listener.close();
  rmSync(folder, { recursive: true, force: true });
});

function buildInput(awkward: AwkwardCase): SigningInput {
  const { path: target, ...rest } = awkward.input;
  const origin = awkward.name.startsWith('user credentials')
    ? listener.origin.replace('://', '://u:p@')
    : listener.origin;
  const base = { method: 'GET', accept: '', contentType: '', body: '', signedHeaders: [] };
  const host = new URL(listener.origin).host;
  const signedHeaders = (rest.signedHeaders ?? []).map((header) =>
    header.value === LISTENER_HOST ? { ...header, value: host } : header,
  );
  const xDate = 'Mon, 02 Jan 2006 15:04:05 GMT';
  return { ...base, ...rest, signedHeaders, url: origin + target, xDate };
}

async function buildRequest(awkward: AwkwardCase) {
  const input = buildInput(awkward);
  const built = buildSigningLines(input, DEFAULT_OPTIONS);
  if (!built) throw new Error(`${awkward.name}: the URL did not parse`);
  const credentials = { key: 'awkward-key', secret: SECRET, algorithm: 'hmac-sha1' as const };
  const signed = await signRequest(built, credentials);
  const exported = buildExportedRequest(input.url, input.body, built, signed);
  if (!exported.ok) throw new Error(`${awkward.name}: ${exported.problems.join('; ')}`);
  const snippetCredentials = awkward.embedSecret
    ? credentials
    : { ...credentials, secret: undefined };
  const { secret, ...withoutSecret } = snippetCredentials;
  return {
    input,
    request: buildSnippetRequest(
      exported.request,
      built,
      secret === undefined ? withoutSecret : { ...withoutSecret, secret },
      DEFAULT_OPTIONS,
    ),
  };
}

describe.each(runtimes)('the $language snippet', (runtime) => {
  it.each(cases.filter((awkward) => awkward.refusedBy.includes(runtime.language)))(
    'refuses $name with a message',
    async (awkward) => {
      const { request } = await buildRequest(awkward);
      const problems = findSnippetProblems(request, runtime.language);
      expect(problems.length).toBeGreaterThan(0);
      expect(problems.join(' ')).toMatch(/would|cannot|refuses/);
    },
  );

  it
    .skipIf(!runtime.available)
    .each(cases.filter((awkward) => !awkward.refusedBy.includes(runtime.language)))(
    'sends $name exactly as signed',
    async (awkward) => {
      const { input, request } = await buildRequest(awkward);
      expect(findSnippetProblems(request, runtime.language)).toEqual([]);
      const file = path.join(folder, runtime.file);
      writeFileSync(file, runtime.generate(request));

      const [program, args] = runtime.command(file);
      const secret = awkward.embedSecret ? 'not-the-secret' : SECRET;
      const env = { ...process.env, APIGW_APP_SECRET: secret, GOFLAGS: '-mod=mod' };
      const run = await runProgram(program, args, { env, cwd: folder, timeoutMs: 60_000 });
      // Taken first, so that a failure leaves no request behind for the next case.
      const received = await listener.next();
      // curl's progress meter is the only output expected on stderr.
      expect(run.stderr.replace(/^\s*%.*$/gm, '')).not.toMatch(/error|exception|traceback|panic/i);
      expect(run.code).toBe(0);

      const options = { md5: 'hex', values: 'decoded', stripStage: true } as const;
      const verification = verifyAppAuth(received, SECRET, options);
      expect(verification.problems, run.stdout.toString()).toEqual([]);
      expect(verification.sentSignature).toBe(verification.expectedSignature);
      expect(received.method).toBe(input.method);
      expect(received.target).toBe(expectedTarget(input.url.replace('u:p@', '')));
      expect(received.body.equals(Buffer.from(input.body, 'utf8'))).toBe(true);
      const names = received.headers.map(([name]) => name.toLowerCase());
      expect(names).toEqual([...new Set(names)]);
      expect(names).not.toContain('authorization-basic');
    },
    120_000,
  );
});
