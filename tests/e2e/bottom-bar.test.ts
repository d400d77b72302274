/**
 * A floating prompt does not hide a bar fixed or stuck to the bottom edge (src/ui/bottom-bar.ts), in real
 * Chromium: on a 390 px phone the bottom sheet sits above a shop's fixed cart bar, a sticky "Add to cart" bar,
 * and, after a resize, a bar that appeared meanwhile; `data-offset` keeps clear a bar hearken cannot see (one
 * that lets clicks through); on a desktop the corner card sits above a full-width bar.
 */
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser } from './harness/browser';
import { useTestServer } from './harness/server';
import { freshOrigin, scriptTag, useFreshOriginBrowser } from './pages/widget';
import { layoutPage } from './pages/layout/body-layouts';
import { overlap, showFloating } from './pages/layout/page-boxes';

const CSS = 'body{margin:0;font:16px/1.5 sans-serif}main{padding:16px;min-height:150vh}.bar{left:0;right:0;bottom:0;height:64px;background:#333;color:#fff;display:flex;align-items:center;justify-content:space-around}';
const FIXED = '<nav class="bar" style="position:fixed"><a href="/account">Account</a><a href="/search">Search</a><a href="/cart">Cart</a></nav>';
const STICKY = '<div class="bar" style="position:sticky">Add to cart — €14.90</div>';
const CLICK_THROUGH = '<nav class="bar" style="position:fixed;pointer-events:none">Free shipping over €40</nav>';

describeBrowser('the floating prompt above a bar at the bottom edge', () => {
  const server = useTestServer();
  const suite = useFreshOriginBrowser(server);

  /** Opens a page with `bar` below its content at this size, shows the floating prompt and waits for it to rest. */
  async function open(name: string, bar: string, size: { width: number; height: number }, attributes: Record<string, string> = {}): Promise<Page> {
    const head = scriptTag({ 'data-endpoint': '/collect', 'data-trigger': 'manual', defer: true, ...attributes });
    server.page(`/bottom-bar/${name}.html`, layoutPage(CSS, `<main><h1>Ethiopia Guji</h1></main>${bar}`, head));
    const { page } = suite.browser;
    await page.setViewportSize(size);
    await page.goto(server.url + `/bottom-bar/${name}.html`);
    await showFloating(page);
    return page;
  }
  const boxes = async (page: Page) => ({ dialog: (await page.locator('hearken-prompt [role=dialog]').boundingBox())!, bar: (await page.locator('.bar').boundingBox())! });

  it.each([
    ['fixed', FIXED],
    ['sticky', STICKY],
  ])('390 px, a %s bar: the bottom sheet sits right above it, the bar stays clickable', async (name, bar) => {
    const page = await open(name, bar, { width: 390, height: 844 });
    const { dialog, bar: barBox } = await boxes(page);
    expect(barBox.y + barBox.height).toBeCloseTo(844, 0);
    expect(overlap(dialog, barBox)).toBe(false);
    expect(dialog.y + dialog.height).toBeCloseTo(barBox.y, 0);
    expect(dialog.width).toBe(390);
    // what the visitor taps on the bar is the bar, not the prompt
    expect(await page.evaluate(([x, y]) => document.elementFromPoint(x!, y!)!.closest('.bar') != null, [barBox.x + barBox.width / 2, barBox.y + barBox.height / 2])).toBe(true);
  });

  it('a bar added after the prompt showed is measured again on resize (a phone turned)', async () => {
    const page = await open('late', '', { width: 390, height: 844 });
    const alone = (await page.locator('hearken-prompt [role=dialog]').boundingBox())!;
    expect(alone.y + alone.height).toBeCloseTo(844, 0);
    await page.evaluate((html) => document.body.insertAdjacentHTML('beforeend', html), FIXED);
    await page.setViewportSize({ width: 390, height: 700 });
    await page.waitForFunction(() => {
      const dialog = document.querySelector('hearken-prompt')!.shadowRoot!.querySelector('[role=dialog]')!.getBoundingClientRect();
      return Math.round(dialog.bottom) == 700 - 64;
    });
  });

  it('data-offset keeps clear a bar hearken cannot see (it lets clicks through)', async () => {
    const unseen = await open('click-through', CLICK_THROUGH, { width: 390, height: 844 });
    const hidden = await boxes(unseen);
    expect(overlap(hidden.dialog, hidden.bar)).toBe(true);
    await freshOrigin(suite.browser.page, server.url); // one floating prompt per session
    const page = await open('offset', CLICK_THROUGH, { width: 390, height: 844 }, { 'data-offset': '64' });
    const { dialog, bar } = await boxes(page);
    expect(overlap(dialog, bar)).toBe(false);
    expect(dialog.y + dialog.height).toBeCloseTo(844 - 64, 0);
  });

  it('1280 px: the corner card sits 16 px above a full-width bar', async () => {
    const page = await open('desktop', FIXED, { width: 1280, height: 800 });
    const { dialog, bar } = await boxes(page);
    expect(overlap(dialog, bar)).toBe(false);
    expect(dialog.y + dialog.height).toBeCloseTo(bar.y - 16, 0);
    expect(dialog.x + dialog.width).toBeCloseTo(1280 - 16, 0);
  });
});
