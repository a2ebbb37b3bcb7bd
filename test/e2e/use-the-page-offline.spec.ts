import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { readPolicyMeta } from '../../build/content-security-policy';
import { allVectors, type AppAuthVector } from '../support/vectors';
import { fillVector } from './fill-request';
import { watchPage } from './watch-page';

const SINGLE_FILE = resolve('dist-single/apigw-signature-playground.html');
const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });

test.beforeAll(() => {
  if (!existsSync(SINGLE_FILE)) {
    throw new Error(
      `${SINGLE_FILE} is missing: npm run test:e2e builds it (vite build --mode single)`,
    );
  }
});

test('the offline file signs a vector opened from disk, under its policy', async ({
  page,
  context,
}) => {
  const vector = allVectors.find((each) => each.name === 'put-json-sha256-prepub') as AppAuthVector;
  const watch = await watchPage(context, page);
  const url = pathToFileURL(SINGLE_FILE).href;
  await page.goto(url);

  // A file:// page is a secure context in Chromium, so Web Crypto is there.
  expect(await page.evaluate(() => [isSecureContext, typeof crypto.subtle])).toEqual([
    true,
    'object',
  ]);
  await fillVector(page, vector);

  await expect(field(page, 'Signature')).toHaveText(vector.expected.signature);
  await expect(field(page, 'Authorization')).toHaveText(vector.expected.authorization);
  expect(watch.requests.map((request) => request.url())).toEqual([url]);
  expect(await watch.violations()).toEqual([]);
  expect(watch.console.filter((message) => /error|Content.Security/i.test(message))).toEqual([]);
});

test("the offline file's policy allows its own code by hash and nothing from elsewhere", async ({
  page,
}) => {
  await page.goto(pathToFileURL(SINGLE_FILE).href);

  const content = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const policy = readPolicyMeta(
    `<meta http-equiv="Content-Security-Policy" content="${content}" />`,
  );
  const script = await page
    .locator('script')
    .first()
    .evaluate((element) => element.textContent);
  const hash = createHash('sha256')
    .update(script ?? '')
    .digest('base64');

  expect(policy?.get('script-src')).toEqual([`'sha256-${hash}'`]);
  expect(policy?.get('connect-src')).toEqual(["'none'"]);
  expect(policy?.get('default-src')).toEqual(["'none'"]);
  expect(policy?.get('worker-src')).toEqual(['blob:']);
  expect(content).not.toMatch(/'self'|unsafe|https?:/);
});

test('the offline file hashes a large body in its worker', async ({ page, context }) => {
  const watch = await watchPage(context, page);
  const body = `{"data":"${'y'.repeat(300_000)}"}`;
  const expected = Buffer.from(createHash('md5').update(body).digest('hex')).toString('base64');
  await page.goto(pathToFileURL(SINGLE_FILE).href);

  await field(page, 'Content-Type').fill('application/json');
  await field(page, 'Body').fill(body);

  await expect(page.locator('.line-contentMd5 .line-value')).toContainText(expected);
  expect(watch.workers).toEqual([expect.stringMatching(/^blob:/)]);
  expect(await watch.violations()).toEqual([]);
});
