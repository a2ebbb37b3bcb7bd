import type { BrowserContext, ConsoleMessage, Page, Request } from '@playwright/test';

/** Everything a page did that could carry what the user typed out of it. */
export interface PageWatch {
  readonly requests: Request[];
  readonly console: string[];
  readonly websockets: string[];
  readonly workers: string[];
  /** Content-Security-Policy violations the page reported, as `directive blocked-uri`. */
  violations(): Promise<string[]>;
}

interface WatchedWindow {
  readonly cspViolations: string[];
}

/**
 * Starts recording before the page loads: every request of the context (workers included),
 * console messages, websockets, workers, and the securitypolicyviolation events the browser
 * fires (CSP Level 3 §5.3), which an init script collects in the page.
 */
export async function watchPage(context: BrowserContext, page: Page): Promise<PageWatch> {
  const watch = { requests: [] as Request[], console: [] as string[], websockets: [] as string[] };
  const workers: string[] = [];
  context.on('request', (request) => watch.requests.push(request));
  page.on('console', (message: ConsoleMessage) => watch.console.push(describe(message)));
  page.on('pageerror', (error) => watch.console.push(`pageerror: ${error.message}`));
  page.on('websocket', (socket) => watch.websockets.push(socket.url()));
  page.on('worker', (worker) => workers.push(worker.url()));

  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, 'cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  });

  return {
    ...watch,
    workers,
    violations: () => page.evaluate(() => [...(window as unknown as WatchedWindow).cspViolations]),
  };
}

function describe(message: ConsoleMessage): string {
  return `${message.type()}: ${message.text()}`;
}
