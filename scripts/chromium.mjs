// Debian's Chromium as the scripts launch it: the same flags as playwright.config.ts, which
// cannot import this file (it is TypeScript loaded by Playwright's own loader).
import { chromium } from '@playwright/test';

export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
