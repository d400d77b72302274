/**
 * The cross-engine page API on Chromium, through playwright-core and Debian's Chromium (flags of
 * tests/e2e/harness/browser.ts).
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';
import { clickPoint, historyBack, type EngineBrowser, type EnginePage, type Key } from './engine';
import type { LaunchOptions } from './engines';

function chromiumPage(context: BrowserContext, page: Page, closeAll?: () => Promise<void>): EnginePage {
  const self: EnginePage = {
    engine: 'chromium',
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    back: () => historyBack(self),
    evaluate: (fn, ...args) => self.run(String(fn), args) as never,
    run: (source, args) => page.evaluate(`(${source})(...${JSON.stringify(args)})`),
    async click(selector) {
      const [x, y] = await clickPoint(self, selector);
      await page.mouse.click(x, y);
    },
    press: (key: Key) => page.keyboard.press(key == ' ' ? 'Space' : key),
    type: (text) => page.keyboard.type(text),
    screenshot: () => page.screenshot(),
    async openTab() {
      return chromiumPage(context, await context.newPage());
    },
    close: () => (closeAll ? closeAll() : page.close()),
  };
  return self;
}

/** Launches Debian's Chromium headless with a fresh profile and one tab. */
export async function launchChromium(options: LaunchOptions): Promise<EngineBrowser> {
  // playwright turns the back/forward cache off by default; the suites test pages restored from it
  const browser = await chromium.launch({ headless: true, executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, ignoreDefaultArgs: ['--disable-back-forward-cache'] });
  const context = await browser.newContext({ viewport: options.viewport });
  context.setDefaultTimeout(10_000);
  const close = () => browser.close();
  return { page: chromiumPage(context, await context.newPage(), close), version: `Chromium ${browser.version()}`, close };
}
