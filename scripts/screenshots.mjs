// Takes screenshots of the page at a phone and a desktop width, for looking at it as a user
// would and for the README. Usage: node scripts/screenshots.mjs [url] [out-dir]
import { launchChromium } from './chromium.mjs';

const url = process.argv[2] ?? 'http://localhost:5173/';
const outDir = process.argv[3] ?? 'screenshots';

const browser = await launchChromium();
for (const width of [375, 1280]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(url);
  await page
    .getByLabel('Signature', { exact: true })
    .and(page.locator('textarea:not(.prompt)'))
    .waitFor();
  await page.screenshot({ path: `${outDir}/page-${width}.png`, fullPage: true });
  await page.close();
}
await browser.close();
