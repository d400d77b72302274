/**
 * hearken on pages styled by real shop themes' published CSS (WordPress Twenty Twenty-One and WooCommerce
 * Storefront, GPL; tests/e2e/fixtures/themes/), in real Chromium, on a phone and a desktop: the page's layout is
 * the same with the floating prompt as without it; on a phone the prompt sits above Storefront's handheld footer
 * bar (account, search, cart), which stays visible and clickable; axe-core finds nothing wrong in the prompt.
 */
import { beforeAll, expect, it } from 'vitest';
import { describeBrowser } from './harness/browser';
import { useTestServer } from './harness/server';
import { scriptTag, useFreshOriginBrowser } from './pages/widget';
import { overlap, pageBoxes, showFloating } from './pages/layout/page-boxes';
import { THEMES, serveThemes } from './pages/themes';
import { AXE_PATH, audit } from './pages/hostile/helpers';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

describeBrowser('real shop themes', () => {
  const server = useTestServer();
  const suite = useFreshOriginBrowser(server, { colorScheme: 'light' });
  beforeAll(() => serveThemes(server, scriptTag({ 'data-endpoint': '/collect', 'data-trigger': 'manual', 'data-auto-close-ms': '60000', defer: true })));

  /** Opens a theme's page at this size, once its stylesheets and fonts are in. */
  async function open(theme: string, size: { width: number; height: number }) {
    const { page } = suite.browser;
    await page.setViewportSize(size);
    await page.goto(server.url + `/themes/${theme}.html`);
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return page;
  }

  it.each(Object.keys(THEMES).flatMap((theme) => [[theme, PHONE] as const, [theme, DESKTOP] as const]))('%s at %o: every element of the page keeps its box', async (theme, size) => {
    const page = await open(theme, size);
    const without = await pageBoxes(page);
    const dialog = await showFloating(page);
    expect(await pageBoxes(page)).toEqual(without);
    expect(dialog.width).toBeGreaterThan(200);
    expect(dialog.y + dialog.height).toBeLessThanOrEqual(size.height + 1);
  });

  it('storefront at 390 px: the prompt sits above the handheld footer bar, whose links stay clickable', async () => {
    const page = await open('storefront', PHONE);
    const bar = (await page.locator('.storefront-handheld-footer-bar').boundingBox())!;
    expect(bar.y + bar.height).toBeCloseTo(PHONE.height, 0);
    expect(bar.height).toBeGreaterThan(40);
    const dialog = await showFloating(page);
    expect(overlap(dialog, bar)).toBe(false);
    expect(dialog.y + dialog.height).toBeCloseTo(bar.y, 0);
    for (const link of ['my-account', 'search', 'cart']) {
      const box = (await page.locator(`.storefront-handheld-footer-bar li.${link} > a`).boundingBox())!;
      const hit = await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)!.closest('li')!.className, [box.x + box.width / 2, box.y + box.height / 2]);
      expect(hit).toBe(link);
    }
  });

  it.each(Object.keys(THEMES))('%s at 390 px: axe-core finds no violation in the prompt', async (theme) => {
    const page = await open(theme, PHONE);
    await showFloating(page);
    await page.addScriptTag({ path: AXE_PATH });
    const result = await audit(page);
    expect(result.violations.filter((v) => JSON.stringify(v.targets).indexOf('hearken-prompt') >= 0)).toEqual([]);
    expect(result.inPrompt).toEqual(expect.arrayContaining(['color-contrast', 'button-name', 'target-size']));
  });
});
