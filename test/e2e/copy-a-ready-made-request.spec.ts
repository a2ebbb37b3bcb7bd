import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { allVectors, appAuthVectors, type AppAuthVector } from '../support/vectors';
import { expectedHeaders, expectedTarget, verifierOptions } from '../unit/support/export-vectors';
import {
  decodeHeaderValue,
  startRawListener,
  type RawListener,
  type ReceivedRequest,
} from '../unit/support/raw-listener';
import { runProgram } from '../unit/support/run-shell';
import { verifyAppAuth } from '../unit/support/verify-app-auth';
import { createCertificateFor, type HostCertificate } from './certificate-for-hosts';
import { fillVector } from './fill-request';

// The command runs as copied, URL untouched: `--connect-to` only changes where curl opens its
// connection, so the request line's path and query, the Host header and the TLS server name
// all stay those of the vector's URL. https URLs reach a TLS listener whose self-signed
// certificate names the vectors' hosts and is curl's only trusted root.
const HTTP_HEADERS_NOT_SIGNED = new Set(['host', 'user-agent', 'content-length']);
const DOCUMENTED = appAuthVectors[0];

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

let plain: RawListener;
let secure: RawListener;
let certificate: HostCertificate;

test.beforeAll(async () => {
  certificate = await createCertificateFor([
    ...new Set(allVectors.map((v) => hostOf(v).replace(/:\d+$/, ''))),
  ]);
  plain = await startRawListener();
  secure = await startRawListener({ tls: certificate });
});

test.afterAll(async () => {
  await Promise.all([plain.close(), secure.close(), certificate.remove()]);
});

for (const vector of allVectors) {
  test(`the copied curl command sends exactly the signed request of ${vector.name}`, async ({
    page,
  }) => {
    await page.goto('/');
    await fillVector(page, vector);
    const shown = await waitForCommand(page, vector.expected.authorization);

    await page.getByRole('button', { name: 'Copy curl' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(shown);

    const received = await runInBash(copied, vector.input.url);
    expect(received.method).toBe(vector.input.method.toUpperCase());
    expect(received.target).toBe(expectedTarget(vector.input.url));
    expect(received.body.equals(Buffer.from(vector.input.body, 'utf8'))).toBe(true);

    // Exactly once each, with the signed value: curl's own `Accept: */*` and form Content-Type
    // would show here as a second value, or in place of an empty one.
    const expected = expectedHeaders(vector);
    const signedValues = (name: string) => expected.filter(([key]) => key === name).map(valueOf);
    expect(valuesOf(received, 'accept')).toEqual(signedValues('accept'));
    expect(valuesOf(received, 'content-type')).toEqual(signedValues('content-type'));
    expect(valuesOf(received, 'host')).toEqual([hostOf(vector)]);
    expect(signedHeadersOf(received)).toEqual(expected.sort());

    const verification = verifyAppAuth(received, vector.secret, verifierOptions(vector));
    expect(verification.problems).toEqual([]);
    expect(verification.expectedSignature).toBe(vector.expected.signature);
  });
}

test('after Refresh x-date the command carries the time now and a signature that verifies', async ({
  page,
}) => {
  if (!DOCUMENTED) throw new Error('vectors.json has no documented example');
  await page.goto('/');
  await waitForCommand(page, DOCUMENTED.expected.authorization);
  await expect(page.getByText(/^Expired \d+ years ago/)).toBeVisible();

  const clicked = Date.now();
  await page.getByRole('button', { name: 'Refresh x-date' }).click();
  await expect(page.getByText(/^Valid for another 1[45] min/)).toBeVisible();
  await expect.poll(() => output(page, 'curl').inputValue()).not.toContain('2006');

  const received = await runInBash(await output(page, 'curl').inputValue(), DOCUMENTED.input.url);
  const [xDate = ''] = valuesOf(received, 'x-date');
  expect(xDate).toMatch(/^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT$/);
  expect(Date.parse(xDate)).toBeGreaterThanOrEqual(Math.floor(clicked / 1000) * 1000);
  expect(Date.parse(xDate)).toBeLessThanOrEqual(Date.now());

  const verification = verifyAppAuth(received, DOCUMENTED.secret, verifierOptions(DOCUMENTED));
  expect(verification.problems).toEqual([]);
  expect(verification.sentSignature).toBe(verification.expectedSignature);
});

test('while x-date follows the clock the command is signed anew without blinking out', async ({
  page,
}) => {
  if (!DOCUMENTED) throw new Error('vectors.json has no documented example');
  await page.goto('/');
  await waitForCommand(page, DOCUMENTED.expected.authorization);

  await page.getByRole('button', { name: 'Now' }).click();
  // Every text the element held over two ticks, read from the mutation records, which keep
  // even a state that lasted less than a frame.
  const seen = await page.evaluate(
    () =>
      new Promise<string[]>((resolve) => {
        const texts = new Set<string>();
        const observer = new MutationObserver((records) => {
          for (const record of records) {
            if (record.oldValue !== null) texts.add(record.oldValue);
            for (const node of record.addedNodes) texts.add(node.textContent ?? '');
            if (record.type === 'characterData') texts.add(record.target.textContent ?? '');
          }
        });
        const curl = document.getElementById('curl');
        if (curl) {
          texts.add(curl.textContent ?? '');
          observer.observe(curl, {
            subtree: true,
            childList: true,
            characterData: true,
            characterDataOldValue: true,
          });
        }
        setTimeout(() => {
          observer.disconnect();
          resolve([...texts]);
        }, 2500);
      }),
  );

  expect(seen.length).toBeGreaterThan(1);
  for (const value of seen) expect(value).toMatch(/^curl .*-H 'Authorization: hmac /s);
});

test('for cmd, a body with line breaks and non-ASCII downloads as body.bin, byte for byte', async ({
  page,
}) => {
  const vector = allVectors.find(
    ({ input }) => /\n/.test(input.body) && /[^\x20-\x7e\n]/.test(input.body),
  );
  if (!vector) throw new Error('no vector has a body with line breaks and non-ASCII');
  await page.goto('/');
  await fillVector(page, vector);
  await waitForCommand(page, vector.expected.authorization);

  await page.getByLabel('Shell').selectOption('Windows cmd');
  await expect(output(page, 'curl')).toHaveValue(/--data-binary @body\.bin$/);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download body.bin' }).click(),
  ]);

  expect(download.suggestedFilename()).toBe('body.bin');
  const saved = await readFile(await download.path());
  expect(saved.equals(Buffer.from(vector.input.body, 'utf8'))).toBe(true);
});

function output(page: Page, name: string) {
  return page.getByLabel(name, { exact: true });
}

/** The command once it carries the vector's Authorization, so once it is signed for it. */
async function waitForCommand(page: Page, authorization: string): Promise<string> {
  await expect.poll(() => output(page, 'curl').inputValue()).toContain(authorization);
  return output(page, 'curl').inputValue();
}

/** Runs a command with a real bash, its curl sent to the listener that stands in for the URL. */
async function runInBash(command: string, url: string): Promise<ReceivedRequest> {
  const https = /^https:/i.test(url.trim());
  const listener = https ? secure : plain;
  const connection = [
    `--connect-to ::127.0.0.1:${listener.port}`,
    ...(https ? [`--cacert '${certificate.certFile}'`] : []),
    '--max-time 20 -sS -o /dev/null',
  ];

  const run = await runProgram('bash', ['-c', `${command} ${connection.join(' ')}`], {
    env: isolatedEnvironment(),
  });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return listener.next();
}

/**
 * The environment without proxies and with an empty home, so that neither a proxy nor the
 * user's ~/.curlrc changes what curl sends.
 */
function isolatedEnvironment(): NodeJS.ProcessEnv {
  const kept = Object.entries(process.env).filter(([name]) => !/_proxy$/i.test(name));
  const home = certificate.certFile.replace(/\/[^/]*$/, '');
  return { ...Object.fromEntries(kept), HOME: home, CURL_HOME: home, XDG_CONFIG_HOME: home };
}

/** The authority of a vector's URL as typed, which curl sends as Host. */
function hostOf(vector: AppAuthVector): string {
  return /^[a-z]+:\/\/([^/?#]*)/i.exec(vector.input.url.trim())?.[1] ?? '';
}

function valueOf([, value]: readonly [string, string]): string {
  return value;
}

function valuesOf(received: ReceivedRequest, name: string): string[] {
  const named = received.headers.filter(([key]) => key.toLowerCase() === name);
  return named.map(([, value]) => decodeHeaderValue(value));
}

/** Every header received but those HTTP itself needs, lower-cased names, sorted. */
function signedHeadersOf(received: ReceivedRequest): [string, string][] {
  return received.headers
    .map(([name, value]): [string, string] => [name.toLowerCase(), decodeHeaderValue(value)])
    .filter(([name]) => !HTTP_HEADERS_NOT_SIGNED.has(name))
    .sort();
}
