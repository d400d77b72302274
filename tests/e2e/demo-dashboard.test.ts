import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seed } from '../../demo/server/seed.mjs';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { AXE_PATH } from './pages/hostile/helpers';

const END = Date.now();

describeBrowser('demo: the dashboard acts on the follow-up (issue 13) and follows the store live', () => {
  // without the CSP header, so axe can be added to the page (the pages' CSP is tested by the shop's suite)
  const server = useTestServer({ pollMs: 100, csp: false });
  const guarded = useTestServer({ dashboardToken: 'let-me-in' });
  let browser: BrowserSession;
  let page: Page;
  beforeAll(async () => {
    browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
    page = browser.page;
    await page.goto(server.url + '/dashboard/');
    await page.waitForFunction(() => document.getElementById('live')?.dataset.state == 'live');
  });
  afterAll(() => browser?.close());

  it('shows a seed run on the open page, without a reload or a restart', async () => {
    await page.waitForFunction(() => document.getElementById('total-count')?.textContent == '0 answers');
    await seed(server.store, { count: 1500, end: END });
    await page.waitForFunction(() => document.getElementById('total-count')?.textContent == '1,500 answers', null, { timeout: 10_000 });
    expect(await page.locator('#empty').isVisible()).toBe(false);
  });

  it('lists who asked to be contacted, newest first, and the "done" toggle survives a reload', async () => {
    const items = page.locator('#contact-list > li.contact');
    await items.first().waitFor();
    const expected = (await server.store.contacts()).filter((a: { segment: string }) => ['detractor', 'unsatisfied', 'difficult'].includes(a.segment));
    // the newest 12, then all of them on request
    expect(await items.count()).toBe(12);
    await page.locator(`#contact-more:text-is("Show all ${expected.length}")`).click();
    expect(await items.count()).toBe(expected.length);
    const firstHead = await items.first().locator('.score').textContent();
    expect(firstHead).toBe(`${expected[0].survey.toUpperCase()} ${expected[0].score}/${expected[0].scale.max}`);
    await items.first().getByLabel('Done').check();
    await page.waitForFunction(() => document.querySelector('#contact-list > li')?.classList.contains('done'));
    await page.reload();
    await page.locator('#contact-list > li.contact').first().waitFor();
    expect(await page.locator('#contact-list > li.contact').first().getByLabel('Done').isChecked()).toBe(true);
    expect((await server.store.query()).find((a: { id: string }) => a.id == expected[0].id).done).toBe(true);
  });

  it('shows touchpoint rows with n and a 90 % interval, greying those under 30 answers', async () => {
    const rows = page.locator('#touchpoint-rows tbody tr');
    await rows.first().waitFor();
    const texts = await rows.evaluateAll((trs) => trs.map((tr) => ({ few: tr.classList.contains('few'), cells: [...tr.children].map((c) => c.textContent) })));
    expect(texts.some((r) => !r.few && /^[+-]?\d+(\.\d)?%? to [+-]?\d+(\.\d)?%?$/.test(r.cells[4]!))).toBe(true);
    for (const r of texts) expect(r.few).toBe(Number(r.cells[2]) < 30);
    await page.selectOption('#period', '7');
    await page.locator('#touchpoint-rows tr.few td:text-is("too few answers")').first().waitFor();
    const grey = await page.locator('#touchpoint-rows tr.few th').first().evaluate((th) => getComputedStyle(th).color);
    const normal = await page.locator('h1').evaluate((h) => getComputedStyle(h).color);
    expect(grey).not.toBe(normal);
    await page.selectOption('#period', '90');
  });

  it('breaks reasons down per survey and segment, and per touchpoint', async () => {
    const captions = await page.locator('#reasons caption').allTextContents();
    expect(captions).toEqual(expect.arrayContaining(['NPS: reasons by segment (share of the answers that named a reason)', 'Reasons by touchpoint']));
    const heads = await page.locator('#reasons table').first().locator('thead th').allTextContents();
    expect(heads[0]).toBe('Reason');
    expect(heads.slice(1).map((h) => h.replace(/ \(\d+\)$/, ''))).toEqual(['detractor', 'passive']);
    expect(await page.locator('#reasons tbody th:text-is("Delivery time")').count()).toBeGreaterThan(0);
  });

  it('has no axe violations (WCAG 2.2 AA) with its follow-up sections full, at 1280 and 390 px', async () => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.reload();
      await page.locator('#contact-list > li.contact').first().waitFor();
      await page.locator('#reasons table').first().waitFor();
      await page.addScriptTag({ path: AXE_PATH });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
        return result.violations.map((v) => ({ id: v.id, targets: v.nodes.slice(0, 3).map((n) => n.target) }));
      });
      expect(violations, `${width} px`).toEqual([]);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('asks for the token when the server needs one, and works with #token=', async () => {
    const other = await browser.context.newPage();
    await other.goto(guarded.url + '/dashboard/');
    await other.locator('#locked').waitFor();
    expect(await other.locator('#live').textContent()).toBe('Needs its token');
    // the token added to the address of the page already open, as it asks: only the hash changes, and it unlocks
    await other.evaluate(() => void (location.hash = '#token=let-me-in'));
    await other.waitForFunction(() => document.getElementById('live')?.dataset.state == 'live');
    expect(await other.locator('#locked').isVisible()).toBe(false);
    await other.close();
    const opened = await browser.context.newPage();
    await opened.goto(guarded.url + '/dashboard/#token=let-me-in');
    await opened.waitForFunction(() => document.getElementById('live')?.dataset.state == 'live');
    expect(await opened.locator('#locked').isVisible()).toBe(false);
    // the token leaves the address bar (and the history) at once
    expect(opened.url()).not.toContain('let-me-in');
    await opened.close();
  });
});
