import { expect, test, type Page } from '@playwright/test';
import { parseXDate } from '../../src/signing/x-date';
import { allVectors, type AppAuthVector } from '../support/vectors';
import { fillVector } from './fill-request';

const field = (page: Page, name: string) => page.getByLabel(name, { exact: true });

// Two vectors that between them set every field: three signed headers, and the variants.
const SHARED = ['headers-with-case-and-spaces', 'stage-kept-raw-values', 'hmac-sha256'];

for (const name of SHARED) {
  const vector = allVectors.find((each) => each.name === name) as AppAuthVector;

  test(`a share link of vector ${name} opens every field but the secret in a fresh browser`, async ({
    page,
    browser,
  }) => {
    await page.goto('/');
    await fillVector(page, vector);
    await expect(field(page, 'Signature')).toHaveText(vector.expected.signature);
    const link = await field(page, 'Share link').inputValue();
    expect(link).not.toContain(vector.secret);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);

    await expect(other.getByText(/^Opened a shared request/)).toBeVisible();
    await expect(field(other, 'ApiAppKey')).toHaveValue(vector.key);
    await expect(field(other, 'Algorithm')).toHaveValue(vector.algorithm);
    await expect(field(other, 'Method')).toHaveValue(vector.input.method);
    await expect(field(other, 'URL')).toHaveValue(vector.input.url);
    await expect(field(other, 'Accept')).toHaveValue(vector.input.accept);
    await expect(field(other, 'Content-Type')).toHaveValue(vector.input.contentType);
    await expect(field(other, 'Body')).toHaveValue(vector.input.body);
    await expect(field(other, 'x-date')).toHaveValue(vector.input.xDate);
    const names = field(other, 'Signed header name');
    const values = field(other, 'Signed header value');
    await expect(names).toHaveCount(vector.input.signedHeaders.length);
    for (const [index, header] of vector.input.signedHeaders.entries()) {
      await expect(names.nth(index)).toHaveValue(header.name);
      await expect(values.nth(index)).toHaveValue(header.value);
    }
    await other.getByRole('button', { name: 'Variants' }).click();
    await expect(field(other, 'Content-MD5 encoding')).toHaveValue(vector.options.md5Encoding);
    await expect(field(other, 'Parameter values')).toHaveValue(vector.options.parameterValues);
    await expect(field(other, 'Remove stage prefix')).toBeChecked({
      checked: vector.options.removeStage,
    });

    // The secret did not travel: the field asks for it, and with it the vector signs again.
    await expect(field(other, 'ApiAppSecret')).toHaveValue('');
    await expect(field(other, 'ApiAppSecret')).toHaveAccessibleDescription(
      /Enter the ApiAppSecret/,
    );
    await field(other, 'ApiAppSecret').fill(vector.secret);
    await expect(field(other, 'Signature')).toHaveText(vector.expected.signature);
    await fresh.close();
  });
}

test('a share link made while x-date followed the clock opens following the clock', async ({
  page,
  browser,
}) => {
  await page.goto('/');
  const before = await field(page, 'Share link').inputValue();
  await page.getByRole('button', { name: 'Now' }).click();
  // The link follows the form a render later: wait for it to change rather than race it.
  await expect(field(page, 'Share link')).not.toHaveValue(before);
  const link = await field(page, 'Share link').inputValue();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);

  const opened = parseXDate(await field(other, 'x-date').inputValue());
  expect(Math.abs((opened ?? 0) - Date.now())).toBeLessThan(10_000);
  await expect(field(other, 'x-date')).toHaveAccessibleDescription(/Follows the clock/);
  await fresh.close();
});

test('a damaged share link opens the documented example with a message', async ({ page }) => {
  await page.goto('/');
  const link = await field(page, 'Share link').inputValue();

  // Pasted into the tab that shows the page: only the fragment changes, the form stays.
  await page.goto(link.slice(0, -8));
  await expect(page.getByRole('alert')).toHaveText(/damaged .+ The form is as it was\.$/);

  await page.reload();

  await expect(page.getByRole('alert')).toHaveText(
    /^This share link is damaged \(.+\), so it could not be opened\. The page shows the documented example instead\./,
  );
  await expect(field(page, 'Signature')).toHaveText('IcmfuVj9sGHvoPyUWPakcGKjKNc=');
});

test('a share link from another version opens the documented example with a message', async ({
  page,
}) => {
  await page.goto('/#share=2.q1YqSizKLy4pSk1RslJKVKoFAA');

  await expect(page.getByRole('alert')).toContainText(
    'made by another version of the playground (link format 2; this page reads format 1)',
  );
  await expect(field(page, 'Signature')).toHaveText('IcmfuVj9sGHvoPyUWPakcGKjKNc=');
  await page.getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
