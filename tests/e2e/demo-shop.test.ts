import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { untriggered } from './pages/rules/helpers';

/** Waits until the dashboard shows `text` in the element with `id`. */
const dashboardShows = (page: Page, id: string, text: string) =>
  page.waitForFunction(([i, t]) => document.getElementById(i)?.textContent == t, [id, text], { timeout: 10_000 });

/** Picks a score in the open prompt, writes a comment and sends it. */
async function answer(page: Page, score: string, comment?: string) {
  await page.locator(`hearken-prompt [role=radio]:text-is("${score}")`).click();
  if (comment) await page.locator('hearken-prompt textarea').fill(comment);
  await page.locator('hearken-prompt button:text-is("Send")').click();
}

describeBrowser('demo: shop site → dashboard', () => {
  // the demo as `npm start` runs it: on the collector kit's embedded store
  const server = useTestServer({ embedded: true });
  let browser: BrowserSession;
  let dashboard: Page;
  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1200, height: 800 } });
    dashboard = browser.page;
    await dashboard.goto(server.url + '/dashboard/');
    await dashboard.waitForFunction(() => document.getElementById('live')?.dataset.state == 'live');
  });
  afterAll(() => browser?.close());

  it('starts empty and says how to fill it', async () => {
    await dashboardShows(dashboard, 'total-count', '0 answers');
    expect(await dashboard.locator('#empty').isVisible()).toBe(true);
    expect(await dashboard.locator('#nps-score').textContent()).toBe('–');
  });

  it('NPS on the catalogue (after its delay) shows up live on the dashboard', async () => {
    const shop = await browser.context.newPage();
    await shop.goto(server.url + '/shop/');
    expect(await shop.locator('hearken-prompt').count()).toBe(0); // data-delay="3000": not yet
    await shop.locator('hearken-prompt [role=radio]').first().waitFor({ timeout: 10_000 });
    await answer(shop, '3', 'Shipping to Canada costs more than the beans');
    await server.waitForAnswers(1);
    await dashboardShows(dashboard, 'nps-count', '1 answer');
    await dashboardShows(dashboard, 'nps-score', '-100');
    expect(await dashboard.locator('#empty').isVisible()).toBe(false);
    // detractors first: the comment is listed by default, as text
    await dashboard.locator('#comment-list q:text-is("Shipping to Canada costs more than the beans")').waitFor();
    expect(server.answers()[0]).toMatchObject({ survey: 'nps', score: 3, touchpoint: 'catalogue', segment: 'detractor' });
    await shop.close();
  });

  it('CSAT inline on the order confirmation and CES after reading the help article', async () => {
    const order = await browser.context.newPage();
    await order.goto(server.url + '/shop/order.html');
    await answer(order, '5');
    await dashboardShows(dashboard, 'csat-count', '1 answer');
    await dashboardShows(dashboard, 'csat-score', '100%');
    expect(server.answers()[1]).toMatchObject({ survey: 'csat', touchpoint: 'checkout', meta: { orderId: 'NW-10482' } });
    await order.close();

    const help = await browser.context.newPage(); // a new tab is a new session: its one prompt is free
    await help.goto(server.url + '/shop/support.html');
    // armed, and nothing asked for (not even the prompt's code) until the visitor reads on
    expect(await untriggered(help)).toEqual({ prompts: 0, ui: false });
    await help.mouse.wheel(0, 4000); // data-scroll="60"
    await help.locator('hearken-prompt [role=radio]').first().waitFor();
    await answer(help, '6');
    await dashboardShows(dashboard, 'ces-count', '1 answer');
    await dashboardShows(dashboard, 'ces-score', '6.0');
    await dashboardShows(dashboard, 'total-count', '3 answers');
    expect(server.answers()[2]).toMatchObject({ survey: 'ces', touchpoint: 'support', question: 'Northwind Coffee made it easy for me to find the answer I needed.' });
    await help.close();
  });

  it('the reset link makes an answered prompt show again', async () => {
    const shop = await browser.context.newPage();
    await shop.goto(server.url + '/shop/');
    const keys = await shop.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hearken:')));
    expect(keys).toContain('hearken:history');
    await shop.locator('[data-reset-demo]').click();
    await shop.waitForURL(server.url + '/shop/');
    await shop.locator('hearken-prompt [role=radio]').first().waitFor({ timeout: 10_000 });
    await shop.close();
  });

  it('refuses a bad record with 400 and the reason, storing nothing', async () => {
    const before = server.answers().length;
    const result = await dashboard.evaluate(async () => {
      const r = await fetch('/collect', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ answers: [{ id: 'bad-1', survey: 'nps', score: 11, scale: { min: 0, max: 10 } }] }),
      });
      return { status: r.status, body: await r.json() };
    });
    expect(result).toEqual({ status: 400, body: { error: 'answers[0].score: must be an integer from 0 to 10, got 11' } });
    expect(server.answers()).toHaveLength(before);
    expect(browser.logs.filter((l) => l.type == 'pageerror')).toEqual([]);
  });
});
