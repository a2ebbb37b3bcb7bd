// Takes screenshots of the Compare section with a failing case pasted, at a phone and a
// desktop width, to look at it as a user would. Usage: node scripts/screenshots-compare.mjs
// [url] [case file] [out-dir]
import { readFileSync } from 'node:fs';
import { launchChromium } from './chromium.mjs';

const url = process.argv[2] ?? 'http://localhost:4173/';
const caseFile = process.argv[3] ?? 'test/data/cases/charset-added-to-content-type.json';
const outDir = process.argv[4] ?? 'screenshots';
const failing = JSON.parse(readFileSync(caseFile, 'utf8'));

const browser = await launchChromium();
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(url);
  await page.getByLabel('ApiAppSecret', { exact: true }).fill(failing.secret);
  await page.getByLabel('Failing request').fill(failing.input.curl ?? failing.input.http);
  await page.getByLabel('Server response').fill(failing.input.serverResponse ?? '');
  await page.getByLabel('Client signing string').fill(failing.input.clientSigningString ?? '');
  await page.getByRole('region', { name: 'Diagnosis' }).getByText(/cause/).first().waitFor();
  await page.evaluate(() => globalThis.scrollTo(0, 0));
  const box = await page.locator('#compare').boundingBox();
  if (!box) throw new Error('the Compare section is not shown');
  // A phone-width page is long: take it in screen-high pieces that can be read.
  const piece = width < 600 ? 1200 : box.height;
  for (let top = 0, index = 1; top < box.height; top += piece, index++) {
    const clip = { x: 0, y: box.y + top, width, height: Math.min(piece, box.height - top) };
    const path = `${outDir}/compare-${failing.name}-${width}-${index}.png`;
    await page.screenshot({ path, clip, fullPage: true });
  }
  await page.close();
}
await browser.close();
