/**
 * A real headless Chromium for the e2e tests, through playwright-core and Debian's Chromium.
 *
 *   describeBrowser('delivery', () => {
 *     let browser: BrowserSession;
 *     beforeEach(async () => { browser = await launchBrowser(); });
 *     afterEach(() => browser.close());
 *     it('…', async () => { await browser.page.goto(server.url + '/shop/'); });
 *   });
 *
 * Without Chromium the suites are skipped with a loud warning, except on CI (`CI=true`), where they fail.
 */
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describe, it } from 'vitest';

/** Where Chromium is looked for: `CHROMIUM_PATH`, else Debian's. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Flags Chromium runs with: headless, no sandbox (containers), and no background traffic to Google. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Whether `path` is an executable file (a browser or driver that is installed). */
export function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Whether Chromium was found. */
export const browserAvailable = executable(CHROMIUM_PATH);
const inCI = process.env.CI === 'true';
const missing = `headless Chromium not found at ${CHROMIUM_PATH}: browser tests ${inCI ? 'FAIL (CI=true)' : 'SKIPPED'}`;

if (!browserAvailable) {
  const bar = '!'.repeat(missing.length + 8);
  console.warn(['', bar, `!!! ${' '.repeat(missing.length)} !!!`, `!!! ${missing} !!!`, `!!! ${' '.repeat(missing.length)} !!!`, bar, ''].join('\n'));
}

/**
 * `describe` for suites that need the browser: runs them when Chromium is there; otherwise skips
 * them, or on CI replaces them with one failing test.
 */
export function describeBrowser(name: string, suite: () => void): void {
  if (browserAvailable) describe(name, suite);
  else if (inCI) {
    describe(name, () => {
      it('needs headless Chromium', () => {
        throw new Error(`[hearken] ${missing}; install Chromium or set CHROMIUM_PATH`);
      });
    });
  } else describe.skip(name, suite);
}

/** Options of a browser context (viewport, locale, offline, …); the executable and flags are fixed here. */
export type ContextOptions = Omit<NonNullable<Parameters<typeof chromium.launchPersistentContext>[1]>, 'executablePath' | 'args'>;

/** Something a page said or threw. */
export interface PageLog {
  type: string;
  text: string;
  url: string;
}

/** A running browser: one persistent context (a profile with its own IndexedDB) and its first tab. */
export interface BrowserSession {
  /** The context: open more tabs with `context.newPage()`; `context.setOffline(true)` cuts the network. */
  context: BrowserContext;
  /** The first tab. */
  page: Page;
  /** The profile folder, removed by `close()`. */
  userDataDir: string;
  /** Console messages of every page (type `log`, `warning`, `error`, …) and uncaught errors (type `pageerror`). */
  logs: PageLog[];
  /** Closes the browser and opens it again on the same profile (storage kept); `context` and `page` are replaced. */
  restart(): Promise<void>;
  /** Closes the browser and deletes the profile. */
  close(): Promise<void>;
}

/**
 * Launches Chromium with a fresh profile.
 * @param options context options, e.g. `{ locale: 'de-DE', viewport: { width: 390, height: 844 } }`
 */
export async function launchBrowser(options: ContextOptions = {}): Promise<BrowserSession> {
  if (!browserAvailable) throw new Error(`[hearken] ${missing}`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'hearken-chromium-'));
  const logs: PageLog[] = [];

  const watch = (page: Page) => {
    page.on('console', (m) => logs.push({ type: m.type(), text: m.text(), url: page.url() }));
    page.on('pageerror', (e) => logs.push({ type: 'pageerror', text: String(e && e.stack ? e.stack : e), url: page.url() }));
  };
  const open = async () => {
    const context = await chromium.launchPersistentContext(userDataDir, {
      headless: true,
      ...options,
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
    });
    context.pages().forEach(watch);
    context.on('page', watch);
    const page = context.pages()[0] || (await context.newPage());
    return { context, page };
  };

  const first = await open();
  const session: BrowserSession = {
    ...first,
    userDataDir,
    logs,
    async restart() {
      await session.context.close();
      Object.assign(session, await open());
    },
    async close() {
      try {
        await session.context.close();
      } finally {
        rmSync(userDataDir, { recursive: true, force: true });
      }
    },
  };
  return session;
}
