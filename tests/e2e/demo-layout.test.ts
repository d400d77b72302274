import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { atRest } from './harness/prompt-parts';
import { seed } from '../../demo/server/seed.mjs';

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;

/** The box of the prompt's floating panel: the element of its shadow root that is `position: fixed`. */
const promptPanel = (page: Page) =>
  page.evaluate(() => {
    const host = document.querySelector('body > hearken-prompt');
    const fixed = [...(host?.shadowRoot?.querySelectorAll('*') || [])].find((el) => getComputedStyle(el).position == 'fixed');
    const r = fixed?.getBoundingClientRect();
    return r ? { x: r.x, y: r.y, width: r.width, height: r.height } : null;
  });

describeBrowser('demo: headers, frames and focus hold up from 320 px to desktop (issue 17 §5)', () => {
  const server = useTestServer();
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
    // a dashboard with data: charts, tables and lists to fit
    await seed(server.store, { count: 600 });
  });
  afterAll(() => browser?.close());

  for (const width of [320, 390, 768, 1280]) {
    it(`at ${width} px the headers neither overlap, wrap the cart badge, nor overflow, and the demo bar is short`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 800 });
      // one line on a phone; from 40rem the bar explains itself, in at most two
      const barHeight = width < 640 ? 40 : 60;
      await page.goto(server.url + '/shop/order.html');
      expect(overlap(await box(page, '.site-header .logo'), await box(page, '.site-nav'))).toBe(false);
      expect((await box(page, '.demo-bar')).height).toBeLessThan(barHeight);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      await page.goto(server.url + '/app/');
      expect(overlap(await box(page, '.app-bar .brand'), await box(page, '.app-bar .tabs'))).toBe(false);
      const cart = await box(page, '.tabs a[href="/app/checkout"]');
      const badge = await box(page, '#cart-count');
      // the badge sits on the line of its word, inside the link
      expect(badge.y + badge.height).toBeLessThanOrEqual(cart.y + cart.height + 1);
      expect(cart.height).toBeLessThan(32);
      expect((await box(page, '.demo-bar')).height).toBeLessThan(barHeight);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

      await page.goto(server.url + '/dashboard/');
      await page.locator('#contact-list > li').first().waitFor();
      const header = await box(page, '.dash-header');
      expect(overlap(await box(page, '.dash-header .logo'), await box(page, '.dash-header nav'))).toBe(false);
      expect(header.height).toBeLessThan(width < 1000 ? 130 : 90);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.close();
    });
  }

  for (const height of [800, 1300]) {
    it(`keeps the storefront's prompt inside the app's frame (1280 × ${height})`, async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height });
      await page.goto(server.url + '/app/product/yirgacheffe');
      await page.locator('button:text-is("Add to cart and check out")').click();
      await page.locator('button:text-is("Place order")').click();
      await page.locator('body > hearken-prompt [role=radio]').first().waitFor();
      await atRest(page.locator('body > hearken-prompt [role=dialog]'));
      const panel = (await promptPanel(page))!;
      const frame = await box(page, '.app');
      expect(panel.x).toBeGreaterThanOrEqual(frame.x);
      expect(panel.x + panel.width).toBeLessThanOrEqual(frame.x + frame.width);
      expect(panel.y).toBeGreaterThanOrEqual(frame.y);
      expect(panel.y + panel.height).toBeLessThanOrEqual(Math.min(height, frame.y + frame.height));
      await page.close();
      await browser.context.clearCookies();
    });
  }

  it('frames the account page\'s <hearken-survey> once, not as a card inside a card', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url + '/app/account');
    await page.locator('hearken-survey [role=radio]').first().waitFor();
    const frame = await page.locator('.feedback-card').evaluate((el) => {
      const s = getComputedStyle(el);
      return { border: s.borderTopWidth, background: s.backgroundColor, padding: s.paddingTop };
    });
    expect(frame).toEqual({ border: '0px', background: 'rgba(0, 0, 0, 0)', padding: '0px' });
    await page.close();
  });

  it("rings the demo's own controls in focus with a 2 px outline, 2 px off, light on dark bars and dark on light ground", async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(server.url + '/shop/');
    await page.keyboard.press('Tab');
    const ring = () =>
      page.evaluate(() => {
        const s = getComputedStyle(document.activeElement!);
        return { style: s.outlineStyle, width: s.outlineWidth, offset: s.outlineOffset, color: s.outlineColor, tag: document.activeElement!.tagName };
      });
    expect(await ring()).toEqual({ style: 'solid', width: '2px', offset: '2px', color: 'rgb(243, 194, 122)', tag: 'BUTTON' });
    await page.locator('.product .buy').first().focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await ring()).toMatchObject({ style: 'solid', width: '2px', offset: '2px', color: 'rgb(122, 62, 29)' });
    await page.close();
  });
});
