/**
 * Helpers of the widget's browser tests (script-tag, csp, layout): page HTML with hearken's script
 * tag, a clean slate between tests, and reads into the prompt's open shadow root.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { BrowserSession, ContextOptions } from '../harness/browser';
import { launchBrowser } from '../harness/browser';

/** A `<script src="/dist/hearken.js" …>` tag with these attributes (`true`: bare attribute; `undefined`: left out). */
export function scriptTag(attributes: Record<string, string | true | undefined>): string {
  const attrs = Object.entries(attributes)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => (value === true ? name : `${name}="${value!.replace(/"/g, '&quot;')}"`))
    .join(' ');
  return `<script src="/dist/hearken.js" ${attrs}></script>`;
}

/** A small page: `head` goes in <head> (the script tag), `body` in <main>. */
export function pageHtml(head: string, body = '', lang = 'en'): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>hearken test page</title>
${head}
</head>
<body>
<main>
<h1>Thank you for your order</h1>
<p>Order NW-10482 ships on Monday.</p>
${body}
</main>
</body>
</html>`;
}

/**
 * Forgets what earlier tests left in this origin (caps, resurvey dates, the outbox), so the next page
 * may show its prompt: hearken keeps these in localStorage, sessionStorage and IndexedDB.
 */
export async function freshOrigin(
  page: { goto(url: string): Promise<unknown>; evaluate(fn: () => Promise<void>): Promise<unknown> },
  origin: string,
): Promise<void> {
  await page.goto(origin + '/favicon.ico');
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        localStorage.clear();
        sessionStorage.clear();
        const request = indexedDB.deleteDatabase('hearken');
        request.onsuccess = request.onerror = request.onblocked = () => resolve();
      }),
  );
}

/**
 * One Chromium for a suite (call it inside `describeBrowser`): launched before its tests with `options`, closed
 * after them, and each test starting on a fresh origin of `server` (see `freshOrigin`). Its `logStart` is where
 * the browser's console lines of the current test begin.
 */
export function useFreshOriginBrowser(server: { url: string }, options: ContextOptions = {}): { browser: BrowserSession; logStart: number } {
  const suite = { logStart: 0 } as { browser: BrowserSession; logStart: number };
  beforeAll(async () => {
    suite.browser = await launchBrowser(options);
  });
  afterAll(() => suite.browser?.close());
  beforeEach(async () => {
    await suite.browser.page.unrouteAll();
    await freshOrigin(suite.browser.page, server.url);
    suite.logStart = suite.browser.logs.length;
  });
  return suite;
}

/** The number of `hearken-prompt` hosts on the page. */
export function promptCount(page: Page): Promise<number> {
  return page.locator('hearken-prompt').count();
}

/** The element focused in the page, looking into open shadow roots: e.g. `radio 9`, `textarea`, `input#coupon`. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    if (!el) return 'none';
    const role = el.getAttribute('role');
    if (role == 'radio') return 'radio ' + el.textContent;
    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (el.getAttribute('aria-label') ? ` "${el.getAttribute('aria-label')}"` : '') + (el.tagName == 'BUTTON' && !el.getAttribute('aria-label') ? ` "${el.textContent}"` : '');
  });
}
