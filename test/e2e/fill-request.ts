import type { Page } from '@playwright/test';
import type { AppAuthVector } from '../support/vectors';

/** Types a vector into the page through its named fields, as a user would. */
export async function fillVector(page: Page, vector: AppAuthVector) {
  const field = (name: string) => page.getByLabel(name, { exact: true });

  await field('ApiAppKey').fill(vector.key);
  await field('ApiAppSecret').fill(vector.secret);
  await field('Algorithm').selectOption(vector.algorithm);
  await field('Method').selectOption(vector.input.method);
  await field('URL').fill(vector.input.url);
  await field('Accept').fill(vector.input.accept);
  await field('Content-Type').fill(vector.input.contentType);
  await field('Body').fill(vector.input.body);
  await field('x-date').fill(vector.input.xDate);

  for (const [index, header] of vector.input.signedHeaders.entries()) {
    await page.getByRole('button', { name: 'Add signed header' }).click();
    await field('Signed header name').nth(index).fill(header.name);
    await field('Signed header value').nth(index).fill(header.value);
  }

  await page.getByRole('button', { name: 'Variants' }).click();
  await field('Content-MD5 encoding').selectOption(vector.options.md5Encoding);
  await field('Parameter values').selectOption(vector.options.parameterValues);
  await field('Remove stage prefix').setChecked(vector.options.removeStage);
}
