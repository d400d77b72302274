/**
 * Runs a browser suite once per engine: Chromium (playwright-core), Firefox ESR (WebDriver BiDi,
 * puppeteer-core) and WebKitGTK (W3C WebDriver under Xvfb), through one small page API (engine.ts).
 *
 *   describeEngines('the keyboard', (engine) => {
 *     const server = useTestServer();
 *     const browser = useEngine(engine);          // one browser per engine and file
 *     it('…', async () => { await browser.page.goto(server.url + '/x.html'); });
 *   });
 *
 * An engine that is not installed is skipped with a loud warning, except on CI (`CI=true`), where its
 * suites fail. `ENGINES=firefox,webkit` runs only those (not on CI). Each launch records the engine's
 * version in .tmp/engines-ran.json and checks README's browser table names it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_PATH, executable } from './browser';
import type { EngineBrowser, EngineName } from './engine';
import { launchChromium } from './engine-chromium';
import { FIREFOX_PATH, launchFirefox } from './engine-firefox';
import { launchWebKit, WEBKIT_BROWSER_PATH, WEBKIT_DRIVER_PATH, XVFB_PATH } from './engine-webkit';
import { checkReadmeVersion, recordEngine } from './engines-ran.mjs';

/** Options of a launch. */
export interface LaunchOptions {
  /** Size of the viewport (Chromium, Firefox) or of the window (WebKit) in CSS pixels. */
  viewport?: { width: number; height: number };
  /** WebKit only: a private browsing session (MiniBrowser `--private`). */
  privateBrowsing?: boolean;
}

/** Every engine, in the order suites run in. */
export const ENGINES: EngineName[] = ['chromium', 'firefox', 'webkit'];

const NEEDS: Record<EngineName, string[]> = {
  chromium: [CHROMIUM_PATH],
  firefox: [FIREFOX_PATH],
  webkit: [WEBKIT_DRIVER_PATH, WEBKIT_BROWSER_PATH, XVFB_PATH],
};
const LAUNCH: Record<EngineName, (options: LaunchOptions) => Promise<EngineBrowser>> = { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit };
const INSTALL = 'apt-get install chromium firefox-esr webkit2gtk-driver xvfb xauth';
const inCI = process.env.CI === 'true';
const chosen = !inCI && process.env.ENGINES ? process.env.ENGINES.split(',') : ENGINES;


/** What an engine lacks on this machine (empty: it can run). */
export const missingFor = (engine: EngineName) => NEEDS[engine].filter((path) => !executable(path));

const warned = new Set<EngineName>();
function warn(engine: EngineName, message: string) {
  if (warned.has(engine)) return;
  warned.add(engine);
  const bar = '!'.repeat(message.length + 8);
  console.warn(['', bar, `!!! ${message} !!!`, bar, ''].join('\n'));
}

/** `describe(name + ' [engine]', …)` once per engine; a missing engine skips (or, on CI, fails) its copy. */
export function describeEngines(name: string, suite: (engine: EngineName) => void, engines: EngineName[] = ENGINES): void {
  for (const engine of engines) {
    const title = `${name} [${engine}]`;
    if (!chosen.includes(engine)) {
      describe.skip(title, () => suite(engine));
      continue;
    }
    const missing = missingFor(engine);
    if (!missing.length) {
      describe(title, () => suite(engine));
      continue;
    }
    const message = `${engine} needs ${missing.join(', ')}: its browser tests ${inCI ? 'FAIL (CI=true)' : 'are SKIPPED'} (${INSTALL})`;
    warn(engine, message);
    if (inCI) describe(title, () => it(`needs ${engine}`, () => Promise.reject(new Error(`[hearken] ${message}`))));
    else describe.skip(title, () => suite(engine));
  }
}

/** Launches `engine`, records its version and checks README's browser table names it. */
export async function launchEngine(engine: EngineName, options: LaunchOptions = {}): Promise<EngineBrowser> {
  const browser = await LAUNCH[engine](options);
  recordEngine(engine, browser.version, expect.getState().testPath || '');
  try {
    checkReadmeVersion(engine, browser.version);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return browser;
}

/**
 * One browser of `engine` for the suite: launched before its tests, closed after them. The returned
 * object stands for it (use it inside tests and hooks).
 */
export function useEngine(engine: EngineName, options: LaunchOptions = {}): EngineBrowser {
  let current: EngineBrowser | undefined;
  beforeAll(async () => {
    current = await launchEngine(engine, options);
  });
  afterAll(async () => {
    await current?.close();
    current = undefined;
  });
  return new Proxy({} as EngineBrowser, {
    get(_, key) {
      if (!current) throw new Error(`[hearken] ${engine} is not running: use the browser inside tests or hooks`);
      return current[key as keyof EngineBrowser];
    },
  });
}
