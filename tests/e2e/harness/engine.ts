/**
 * What a cross-engine test sees of a browser tab, the same in Chromium, Firefox and WebKit
 * (tests/e2e/harness/engines.ts runs a suite once per engine).
 *
 * Selectors are CSS selectors; ` >>> ` steps into an element's open shadow root:
 * `hearken-prompt >>> [role=radio]:nth-child(10)`.
 */

/** The engines the cross-engine suites run in. */
export type EngineName = 'chromium' | 'firefox' | 'webkit';

/** Keys `press` knows, alone or with Shift: `'Tab'`, `'Shift+Tab'`, `'ArrowLeft'`, `' '`… */
export type Key = 'Tab' | 'Shift+Tab' | 'Enter' | 'Escape' | 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | ' ';

/** Something a page said or threw (recorded in the page by the console probe, see pages.ts). */
export interface PageLog {
  type: string;
  text: string;
}

/** One browser tab. */
export interface EnginePage {
  engine: EngineName;
  /** Loads `url` and waits for its load event. */
  goto(url: string): Promise<void>;
  /** Reloads the page and waits for its load event. */
  reload(): Promise<void>;
  /** Goes back one entry in the history and waits for the page. */
  back(): Promise<void>;
  /** Runs `fn(...args)` in the page (its source is sent; args and result must be JSON), awaiting a promise. */
  evaluate<T, A extends unknown[]>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<Awaited<T>>;
  /** Runs the source of a function expression with these JSON arguments in the page, awaiting a promise. */
  run(source: string, args: unknown[]): Promise<unknown>;
  /** A real mouse click at the middle of the element (scrolled into view first). */
  click(selector: string): Promise<void>;
  /** A real key press on the focused element. */
  press(key: Key): Promise<void>;
  /** Types `text` into the focused element, key by key. */
  type(text: string): Promise<void>;
  /** A PNG of the viewport. */
  screenshot(): Promise<Buffer>;
  /** Opens another tab of the same browser (same storage), which becomes the one commands go to. */
  openTab(): Promise<EnginePage>;
  /** Closes this tab (a tab from `openTab`), or the whole browser (the first tab). */
  close(): Promise<void>;
}

/** A launched browser: its first tab, and what it is. */
export interface EngineBrowser {
  page: EnginePage;
  /** e.g. `Chromium 156.0.7524.0`, `Firefox 153.8.0`, `WebKitGTK 2.50.6`. */
  version: string;
  close(): Promise<void>;
}

/** How long `waitFor` and friends wait for a condition by default. */
export const WAIT_MS = 10_000;

/** Polls `check` until it gives a truthy value (errors count as not yet: a navigation may be in flight). */
export async function poll<T>(engine: EngineName, what: string, check: () => Promise<T>, timeoutMs = WAIT_MS): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    let last: unknown;
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > end) throw new Error(`[hearken] ${engine}: waited ${timeoutMs} ms for ${what}${last ? ` (${last})` : ''}`);
    await new Promise((resolve) => setTimeout(resolve, 30));
  }
}

/** Resolves with the first truthy `fn(...args)` in the page, polling; rejects after the wait, naming `what`. */
export function waitFor<T, A extends unknown[]>(page: EnginePage, what: string, fn: (...args: A) => T | Promise<T>, ...args: A): Promise<Awaited<T>> {
  return poll(page.engine, what, () => page.evaluate(fn, ...args));
}

/**
 * Page-side: the element at a deep selector (` >>> ` enters an open shadow root), or null.
 * Its source is sent to the page (see `evaluateOn`), so it uses nothing from outside.
 */
export function deepQuery(selector: string): Element | null {
  let scope: Document | ShadowRoot = document;
  let found: Element | null = null;
  for (const part of selector.split(' >>> ')) {
    found = scope.querySelector(part);
    if (!found) return null;
    if (found.shadowRoot) scope = found.shadowRoot;
  }
  return found;
}

/**
 * Runs `fn(element, ...args)` in the page with the element at a deep selector (null if none).
 *
 *   await evaluateOn(page, 'hearken-prompt >>> [role=dialog]', (el) => getComputedStyle(el!).position);
 */
export function evaluateOn<T, A extends unknown[]>(page: EnginePage, selector: string, fn: (element: Element | null, ...args: A) => T | Promise<T>, ...args: A): Promise<Awaited<T>> {
  return page.run(`(selector, ...args) => (${fn})((${deepQuery})(selector), ...args)`, [selector, ...args]) as Promise<Awaited<T>>;
}

/** Resolves once an element matches the deep selector; rejects after the wait. */
export function waitForElement(page: EnginePage, selector: string): Promise<unknown> {
  return poll(page.engine, selector, () => page.run(`(selector) => !!(${deepQuery})(selector)`, [selector]));
}

/**
 * Goes back one history entry and waits for the page there: the drivers' own "back" waits for a load
 * event, which a page restored from the back/forward cache never fires.
 */
export async function historyBack(page: EnginePage, from?: string): Promise<void> {
  // `from` given: the driver has already started going back
  if (!from) {
    from = await page.evaluate(() => location.href);
    await page.evaluate(() => void setTimeout(() => history.back()));
  }
  await poll(page.engine, 'the previous page', () => page.evaluate((href: string) => location.href != href && document.readyState == 'complete', from));
}

/** Page-side: the value of the focused field, through open shadow roots ('' for other elements). */
export function focusedValue(): string {
  let el = document.activeElement;
  while (el && el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
  return el && 'value' in el ? String((el as HTMLInputElement).value) : '';
}

/**
 * Types with `typeKeys` and waits until the focused field holds the text: WebDriver's key actions
 * return before WebKit has handled every key.
 */
export async function typeAndWait(page: EnginePage, text: string, typeKeys: () => Promise<unknown>): Promise<void> {
  const before = await page.evaluate(focusedValue);
  await typeKeys();
  await poll(page.engine, `"${text}" typed`, async () => (await page.evaluate(focusedValue)) == before + text);
}

/** The viewport point at the middle of the element (scrolled into view first), waiting for it to exist. */
export async function clickPoint(page: EnginePage, selector: string): Promise<[number, number]> {
  return poll<[number, number] | null>(page.engine, selector, () =>
    evaluateOn(page, selector, (el): [number, number] | null => {
      if (!el) return null;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const box = el.getBoundingClientRect();
      return [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)];
    }),
  ) as Promise<[number, number]>;
}
