/**
 * Pages and probes shared by the targeting-rule browser tests (tests/e2e/rules-*.test.ts).
 */
import type { Page } from 'playwright-core';
import type { PageLog } from '../../harness/browser';

/**
 * A page loading `/dist/hearken.js` with these `data-*` attributes (`true`: a bare attribute), posting
 * to the test server's `/collect`. `body` goes before the script tag.
 */
export function hearkenPage(attrs: Record<string, string | true>, body = ''): string {
  const data = Object.entries<string | true>({ endpoint: '/collect', ...attrs })
    .map(([name, value]) => (value === true ? ` data-${name}` : ` data-${name}="${value}"`))
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>rules</title></head><body>${body}<script src="/dist/hearken.js"${data}></script></body></html>`;
}

/** A body this many pixels tall, so the page scrolls. */
export const tall = (px: number) => `<div style="height:${px}px">tall page</div>`;

/** The floating or inline prompt dialogs on a page (inside `<hearken-prompt>`'s open shadow root). */
export const dialogs = (page: Page) => page.locator('hearken-prompt [role=dialog]');

/** How many prompts the page has shown (counted from the `show` event, installed after load). */
export async function countShows(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { shows: number; Hearken: { on(e: string, fn: () => void): void } };
    w.shows = 0;
    w.Hearken.on('show', () => w.shows++);
  });
}

/**
 * Lets whatever a trigger could have started finish: waits until the prompt UI is loaded (hearken
 * preloads it when a prompt may come on load or after a delay, so a prompt would render within a task of its
 * trigger), then two animation frames (scroll and pointer events are dispatched on frames) and a macrotask.
 * Use before asserting that nothing was shown. `kit: false` where the rules already said no at load
 * (then hearken does not preload the UI); on a page asking on a scroll, exit intent or event, see `untriggered`.
 */
export async function settle(page: Page, kit = true): Promise<void> {
  if (kit) await page.waitForFunction(() => '__hearkenKit' in window, undefined, { timeout: 10_000 });
  await page.evaluate(
    () => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 50)))),
  );
}

/**
 * On a page asking on a scroll, exit intent or event, whose UI is fetched only once one fires: lets the triggers
 * be armed (by the full script, or by hearken-triggers.js once hearken-checks.js found the attributes right) and
 * whatever the page just did run (two animation frames and a macrotask), then says how many prompts are on the page
 * and whether the UI was asked for (its script element is added in the task the trigger fires in, so a trigger
 * that fired cannot hide behind a UI still on its way).
 */
export async function untriggered(page: Page): Promise<{ prompts: number; ui: boolean }> {
  const armed = () => '__hearkenCore' in window || ('__hearkenArm' in window && !!localStorage.getItem('hearken:checked'));
  await page.waitForFunction(armed, undefined, { timeout: 10_000 });
  await settle(page, false);
  return { prompts: await dialogs(page).count(), ui: await page.evaluate(() => !!document.querySelector('script[src$="hearken-ui.js"], script[src$="hearken-prompt.js"]')) };
}

/** What hearken keeps in the browser: its `hearken:` keys and whether its IndexedDB database exists. */
export async function hearkenStorage(page: Page): Promise<{ local: string[]; session: string[]; database: boolean }> {
  return page.evaluate(async () => {
    const keys = (s: Storage) => Object.keys(s).filter((k) => k.indexOf('hearken') == 0);
    const databases = await indexedDB.databases();
    return { local: keys(localStorage), session: keys(sessionStorage), database: databases.some((d) => d.name == 'hearken') };
  });
}

/** The `[hearken] … shown: …` / `… not shown: …` lines `data-debug` logged, in order. */
export const debugLines = (logs: PageLog[], url?: string) =>
  logs.filter((l) => /^\[hearken\] \S+ (not )?shown: /.test(l.text) && (!url || l.url.indexOf(url) >= 0)).map((l) => l.text);

/** Waits until `data-debug` has logged a line matching `pattern` (console messages arrive asynchronously). */
export async function waitForLog(logs: PageLog[], pattern: RegExp, timeoutMs = 5000): Promise<string> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const line = logs.find((l) => pattern.test(l.text));
    if (line) return line.text;
    if (Date.now() > end) throw new Error(`[hearken] no console line matching ${pattern}; got:\n${logs.map((l) => l.text).join('\n')}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Answers the open prompt: picks `score`, then skips the comment. */
export async function answer(page: Page, score: number): Promise<void> {
  await page.locator('hearken-prompt [role=radio]').nth(score).click();
  await page.getByRole('button', { name: 'Skip' }).click();
}
