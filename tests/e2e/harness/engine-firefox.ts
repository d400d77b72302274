/**
 * The cross-engine page API on Firefox ESR, driven over WebDriver BiDi by puppeteer-core (24.x: the
 * last line that runs on Node 20). `FIREFOX_PATH` overrides Debian's /usr/bin/firefox-esr.
 */
import puppeteer, { type Browser, type KeyInput, type Page } from 'puppeteer-core';
import { clickPoint, historyBack, type EngineBrowser, type EnginePage, type Key } from './engine';
import type { LaunchOptions } from './engines';

/** Where Firefox is looked for. */
export const FIREFOX_PATH = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

function firefoxPage(browser: Browser, page: Page, options: LaunchOptions, closeAll?: () => Promise<void>): EnginePage {
  const self: EnginePage = {
    engine: 'firefox',
    async goto(url) {
      await page.goto(url, { waitUntil: 'load' });
    },
    async reload() {
      await page.reload({ waitUntil: 'load' });
    },
    async back() {
      // through puppeteer, so it follows the navigation; its wait for a load event (which a page
      // restored from the back/forward cache never fires) is cut short by historyBack's own
      const from = await page.evaluate(() => location.href);
      const going = page.goBack({ waitUntil: 'load' }).catch(() => undefined);
      await historyBack(self, from);
      void going;
    },
    evaluate: (fn, ...args) => self.run(String(fn), args) as never,
    run: (source, args) => page.evaluate(`(${source})(...${JSON.stringify(args)})`),
    async click(selector) {
      const [x, y] = await clickPoint(self, selector);
      await page.mouse.click(x, y);
    },
    async press(key: Key) {
      if (key == 'Shift+Tab') {
        await page.keyboard.down('Shift');
        await page.keyboard.press('Tab');
        await page.keyboard.up('Shift');
      } else await page.keyboard.press(key as KeyInput);
    },
    type: (text) => page.keyboard.type(text),
    screenshot: async () => Buffer.from(await page.screenshot()),
    async openTab() {
      const tab = await browser.newPage();
      if (options.viewport) await tab.setViewport(options.viewport);
      return firefoxPage(browser, tab, options);
    },
    close: () => (closeAll ? closeAll() : page.close()),
  };
  return self;
}

/** Launches Firefox headless with a fresh profile and one tab. */
export async function launchFirefox(options: LaunchOptions): Promise<EngineBrowser> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX_PATH, headless: true, protocol: 'webDriverBiDi' });
  const page = (await browser.pages())[0] || (await browser.newPage());
  page.setDefaultTimeout(10_000);
  if (options.viewport) await page.setViewport(options.viewport);
  const close = () => browser.close();
  return { page: firefoxPage(browser, page, options, close), version: (await browser.version()).replace('firefox/', 'Firefox '), close };
}
