import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { allVectors } from '../support/vectors';
import { fillVector } from './fill-request';

const output = (page: import('@playwright/test').Page, name: string) =>
  page.getByLabel(name, { exact: true });

test('a first visit shows the documented example signed as the spec states', async ({ page }) => {
  await page.goto('/');

  // The provider's example and its signature, from the spec's section 4.
  await expect(output(page, 'Signature')).toHaveText('IcmfuVj9sGHvoPyUWPakcGKjKNc=');
  await expect(output(page, 'Authorization')).toHaveText(
    'hmac id="APID4I7Ic3DPy83aaaaaaaaan2fwtwe1ywl64fof", algorithm="hmac-sha1", headers="x-date", signature="IcmfuVj9sGHvoPyUWPakcGKjKNc="',
  );
  await expect(page.getByLabel('ApiAppSecret', { exact: true })).toHaveAttribute(
    'type',
    'password',
  );
});

for (const vector of allVectors) {
  test(`typing vector ${vector.name} into the fields signs it`, async ({ page }) => {
    await page.goto('/');

    await fillVector(page, vector);

    await expect(output(page, 'Signature')).toHaveText(vector.expected.signature);
    await expect(output(page, 'Authorization')).toHaveText(vector.expected.authorization);
    await expect(output(page, 'Signing string')).toHaveValue(vector.expected.signingString);
    // The element's text is the value too, for whoever reads text rather than values.
    expect(await output(page, 'Signing string').textContent()).toBe(vector.expected.signingString);
  });
}

test('bad input is reported beside its field and the page keeps working', async ({ page }) => {
  await page.goto('/');

  await page.getByLabel('URL', { exact: true }).fill('not a url');
  await expect(page.getByLabel('URL', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(
    page.getByText('Expected a full URL starting with http:// or https://').first(),
  ).toBeVisible();

  await page.getByLabel('URL', { exact: true }).fill('https://example.com/ok');
  await expect(output(page, 'Signature')).toHaveText(/=$/);
});

test('pasting a body of several megabytes signs it whole and keeps it out of the text box', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByLabel('Content-Type', { exact: true }).fill('application/json');
  const body = `${'x'.repeat(4 * 1024 * 1024)}abc`;
  const md5Hex = createHash('md5').update(body).digest('hex');

  await page.evaluate((text) => navigator.clipboard.writeText(text), body);
  await page.getByLabel('Body', { exact: true }).selectText();
  await page.keyboard.press('Control+V');

  await expect(page.getByText('Base64 of the hex MD5 of 4194307 bytes')).toBeVisible();
  await expect(page.locator('.line-contentMd5 .line-value')).toContainText(
    Buffer.from(md5Hex).toString('base64'),
  );
  await expect(page.getByLabel('Body', { exact: true })).toHaveAttribute('readonly');
  await expect(page.getByText(/too many to edit here/)).toBeVisible();
  await expect(output(page, 'Signature')).toHaveText(/=$/);
});
