// Measures how long the page stays frozen when the input is huge: a 10 MB body, a 10 MB form
// body, 10 000 query parameters and 10 000 form parameters. Each case pastes the big input,
// then types a few keystrokes (in the big field when it stays editable, else in x-date, which
// re-signs everything) and reports, for the paste and each keystroke:
// - paint: input to the next paint (Event Timing's duration; "<16" when below its floor),
// - longest task: the longest main-thread task until the signature shows (Long Tasks API),
// - signature: input until the signature of the new input is on screen.
// Serves the built page (dist/) on 127.0.0.1 itself. Usage: npm run build && npm run bench:page
/* global window, document -- page.evaluate callbacks run in the browser */
import { preview } from 'vite';
import { launchChromium } from './chromium.mjs';

const KEYSTROKES = 5;
const TEN_MB = 10 * 1024 * 1024;

const cases = [
  {
    name: '10 MB JSON body',
    contentType: 'application/json',
    field: 'Body',
    text: () => 'x'.repeat(TEN_MB),
    typeIn: 'x-date',
  },
  {
    name: '10 MB form body',
    contentType: 'application/x-www-form-urlencoded',
    field: 'Body',
    text: () => `a=${'x'.repeat(TEN_MB)}`,
    typeIn: 'x-date',
  },
  {
    name: '10 000 query parameters',
    contentType: 'application/json',
    field: 'URL',
    text: () => `https://example.com/release/p?${numberedPairs(10_000)}`,
    typeIn: 'URL',
  },
  {
    name: '10 000 form parameters',
    contentType: 'application/x-www-form-urlencoded',
    field: 'Body',
    text: () => numberedPairs(10_000),
    typeIn: 'Body',
  },
];

function numberedPairs(count) {
  return Array.from({ length: count }, (_, i) => `k${count - i}=v${i}`).join('&');
}

const server = await preview({ preview: { host: '127.0.0.1', port: 4179, strictPort: true } });
const browser = await launchChromium();

try {
  for (const benchCase of cases) await runCase(benchCase);
} finally {
  await browser.close();
  await server.close();
}

async function runCase({ name, contentType, field, text, typeIn }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await page.goto('http://127.0.0.1:4179/');
  await page.getByLabel('Content-Type', { exact: true }).fill(contentType);
  await observeMainThread(page);

  // A real paste, as a user makes it: through the clipboard into the focused field.
  await page.evaluate((value) => navigator.clipboard.writeText(value), text());
  const target = page.getByLabel(field, { exact: true });
  await target.selectText();
  const paste = await measure(page, () => page.keyboard.press('Control+V'));

  const typed = page.getByLabel(typeIn, { exact: true });
  await typed.press('End');
  const strokes = [];
  for (let i = 0; i < KEYSTROKES; i += 1) {
    strokes.push(await measure(page, () => typed.press(i % 2 ? 'Backspace' : 'z')));
  }

  console.log(`\n${name} (keystrokes in ${typeIn})`);
  console.log(`  paste:     ${format(paste)}`);
  strokes.forEach((stroke, i) => console.log(`  stroke ${i + 1}:  ${format(stroke)}`));
  await context.close();
}

function format({ paint, longestTask, signature }) {
  const ms = (value) => (typeof value === 'number' ? `${Math.round(value)} ms` : value);
  return `paint ${ms(paint)}, longest task ${ms(longestTask)}, signature ${ms(signature)}`;
}

async function observeMainThread(page) {
  await page.evaluate(() => {
    const log = { tasks: [], events: [] };
    window.benchLog = log;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) log.tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) log.events.push([entry.startTime, entry.duration]);
    }).observe({ type: 'event', durationThreshold: 16 });
  });
}

/** Runs one input action and waits until the signature of the new input is on screen. */
async function measure(page, action) {
  const signature = page.locator('#signature');
  const before = await signature.inputValue();
  const start = await page.evaluate(() => performance.now());

  await action();
  await page.waitForFunction(
    (old) => {
      const text = document.querySelector('#signature')?.value ?? '';
      const stale = document.querySelector('[data-stale="true"]');
      return text !== old && text.endsWith('=') && !stale;
    },
    before,
    { timeout: 60_000, polling: 'raf' },
  );
  const end = await page.evaluate(() => performance.now());
  await page.waitForTimeout(300);

  return page.evaluate(
    ([from, to]) => {
      const { tasks, events } = window.benchLog;
      const within = (list) => list.filter(([at]) => at >= from && at <= to);
      const paint = Math.max(0, ...within(events).map(([, duration]) => duration));
      const longest = Math.max(0, ...within(tasks).map(([, duration]) => duration));
      return {
        paint: paint === 0 ? '<16' : paint,
        longestTask: longest === 0 ? '<50' : longest,
        signature: to - from,
      };
    },
    [start, end],
  );
}
