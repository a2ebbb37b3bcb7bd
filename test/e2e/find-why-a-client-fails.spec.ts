import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { extraCases, sharedCases, type FailingCase } from '../support/cases';

const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });
const diagnosis = (page: Page) => page.getByRole('region', { name: 'Diagnosis' });

async function pasteCase(page: Page, failing: FailingCase) {
  await field(page, 'ApiAppSecret').fill(failing.secret);
  await field(page, 'Failing request').fill(failing.input.curl ?? failing.input.http ?? '');
  await field(page, 'Server response').fill(failing.input.serverResponse ?? '');
  await field(page, 'Client signing string').fill(failing.input.clientSigningString ?? '');
}

for (const failing of [...sharedCases, ...extraCases]) {
  test(`pasting case ${failing.name} names its causes and its correct signature`, async ({
    page,
  }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'Compare' }).click();

    await pasteCase(page, failing);

    const causes = diagnosis(page).getByRole('list', { name: 'Causes' });
    await expect(causes.locator('.cause-id')).toHaveText([...failing.expect.causes]);
    await expect(field(page, 'Correct signature')).toHaveValue(failing.expect.correctSignature);
  });
}

test("Chrome's Copy as cURL of a failing request is read and diagnosed", async ({ page }) => {
  const command = readFileSync(
    join(import.meta.dirname, '..', 'data', 'curl', 'chrome-post-json.sh'),
    'utf8',
  );
  await page.goto('/');

  await field(page, 'ApiAppSecret').fill('case-secret');
  await field(page, 'Failing request').fill(command);

  await expect(diagnosis(page).locator('.cause-id')).toHaveText(['md5-raw-digest']);
  await expect(diagnosis(page).getByRole('table', { name: 'Headers sent' })).toContainText(
    'sec-ch-ua-platform',
  );
});

test('a bad paste gets a message beside its field and the page keeps working', async ({ page }) => {
  await page.goto('/');

  await field(page, 'Failing request').fill('GET /v1/ping\nHost: h');
  await expect(field(page, 'Failing request')).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText('has no HTTP version: expected "GET /v1/ping HTTP/1.1"'),
  ).toBeVisible();

  await field(page, 'Failing request').fill(
    `curl https://h/a --data-raw '${'x'.repeat(5_000_000)}'`,
  );
  // Filling a textarea with 5 MB takes the browser itself a few seconds on a loaded machine.
  await expect(page.getByText(/5\.0 million characters/)).toBeVisible({ timeout: 20_000 });

  await field(page, 'Failing request').fill("curl https://h.example/a -H 'x-date: D'");
  await expect(field(page, 'Correct signing string')).toHaveValue('x-date: D\nGET\n*/*\n\n\n/a');
});

test('the diagnosed request loads into the form, which then signs it correctly', async ({
  page,
}) => {
  const [failing] = sharedCases.filter((c) => c.name === 'accept-added-by-http-library');
  if (!failing) throw new Error('case accept-added-by-http-library is missing');
  await page.goto('/');
  await pasteCase(page, failing);
  await expect(diagnosis(page).locator('.cause-id')).toHaveText(['accept-mismatch']);

  await page.getByRole('button', { name: 'Load into the form' }).click();

  await expect(field(page, 'Accept')).toHaveValue('*/*');
  await expect(field(page, 'Signature')).toHaveValue(failing.expect.correctSignature);
});
