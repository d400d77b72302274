/**
 * Frequency and filters in a real Chromium: closing is not "never" (data-dismiss-days), an answer
 * holds the survey back (resurvey), data-min-pageviews, and data-debug explaining a sample decision once.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { inSample } from '../../src/rules/sample';
import { debugLines, dialogs, hearkenPage, settle, tall, waitForLog } from './pages/rules/helpers';

const DAY = 864e5;

describeBrowser('rules: frequency, filters and debug', () => {
  const server = useTestServer();
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await launchBrowser();
  });
  afterEach(() => browser?.close());

  /** A fresh tab (its own sessionStorage: a new session) on `path`. */
  const newSession = async (path: string) => {
    await browser.page.close();
    browser.page = await browser.context.newPage();
    await browser.page.goto(server.url + path);
    return browser.page;
  };
  /** Moves the recorded time of `what` (the last answer or dismissal) of the NPS survey `days` back. */
  const age = (page: Page, what: 'answeredAt' | 'dismissedAt', days: number) =>
    page.evaluate(
      ([w, ms]) => {
        const h = JSON.parse(localStorage.getItem('hearken:history')!);
        h.nps[w] = Date.now() - ms;
        localStorage.setItem('hearken:history', JSON.stringify(h));
      },
      [what, days * DAY] as const,
    );

  it('closing is not "never": not asked again within data-dismiss-days, asked again after', async () => {
    server.page('/dismiss.html', hearkenPage({ 'dismiss-days': '3', debug: true }));
    let page = browser.page;
    await page.goto(server.url + '/dismiss.html');
    await dialogs(page).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await dialogs(page).waitFor({ state: 'detached' });

    page = await newSession('/dismiss.html');
    await waitForLog(browser.logs, /not shown: dismiss: closed nps 0d ago \(wait 3d\)/);
    await age(page, 'dismissedAt', 2.5);
    await page.reload();
    await waitForLog(browser.logs, /not shown: dismiss: closed nps 2d ago \(wait 3d\)/);
    await settle(page, false);
    expect(await dialogs(page).count()).toBe(0);

    await age(page, 'dismissedAt', 3.1);
    await page.reload();
    await dialogs(page).waitFor();
  });

  it('an answer holds the survey back for data-resurvey-days, then it is asked again', async () => {
    server.page('/resurvey.html', hearkenPage({ 'resurvey-days': '30', 'auto-close-ms': '0', debug: true }));
    let page = browser.page;
    await page.goto(server.url + '/resurvey.html');
    await page.locator('hearken-prompt [role=radio]').nth(10).click();
    await page.getByRole('button', { name: 'Skip' }).click();
    await dialogs(page).waitFor({ state: 'detached' });

    page = await newSession('/resurvey.html');
    await waitForLog(browser.logs, /not shown: resurvey: answered nps 0d ago \(wait 30d\)/);
    await age(page, 'answeredAt', 31);
    await page.reload();
    await dialogs(page).waitFor();
  });

  it('a score picked and the page left before the comment counts as answered on the next visit', async () => {
    server.page('/leave.html', hearkenPage({ debug: true }));
    server.page('/elsewhere.html', '<!doctype html><title>elsewhere</title>');
    let page = browser.page;
    await page.goto(server.url + '/leave.html');
    await page.locator('hearken-prompt [role=radio]').nth(8).click();
    await page.getByRole('textbox').waitFor();
    await page.goto(server.url + '/elsewhere.html');

    page = await newSession('/leave.html');
    await waitForLog(browser.logs, /not shown: resurvey: answered nps 0d ago \(wait 90d\)/);
    await settle(page, false);
    expect(await dialogs(page).count()).toBe(0);
  });

  it('data-min-pageviews="3": asked on the third page view (SPA route changes count)', async () => {
    server.page('/views', hearkenPage({ 'min-pageviews': '3', debug: true }));
    const { page } = browser;
    await page.goto(server.url + '/views');
    await waitForLog(browser.logs, /not shown: pageviews: 1 of 3/);
    await page.evaluate(() => history.pushState({}, '', '/views/2'));
    await waitForLog(browser.logs, /not shown: pageviews: 2 of 3/);
    await page.evaluate(() => history.pushState({}, '', '/views/3'));
    await dialogs(page).waitFor();
  });

  it('data-trigger="manual": page views still count, and Hearken.show() asks once data-min-pageviews is reached', async () => {
    server.page('/manual', hearkenPage({ survey: 'csat', trigger: 'manual', 'min-pageviews': '2', debug: true }));
    const { page } = browser;
    const show = () => page.evaluate(() => (window as unknown as { Hearken: { show(): void } }).Hearken.show());
    await page.goto(server.url + '/manual');
    await settle(page, false);
    expect(await dialogs(page).count()).toBe(0); // manual: nothing by itself
    await show();
    await waitForLog(browser.logs, /csat not shown: pageviews: 1 of 2/);
    await page.evaluate(() => history.pushState({}, '', '/manual/2'));
    await show();
    await dialogs(page).waitFor();
  });

  it('data-debug logs exactly one line naming the rule that held the prompt back (sample)', async () => {
    // a visitor outside a 20 % sample of NPS, and one inside it
    const ids = Array.from({ length: 50 }, (_, i) => 'visitor-' + i);
    const outside = ids.find((id) => !inSample(0.2, id, 'nps'))!;
    const inside = ids.find((id) => inSample(0.2, id, 'nps'))!;
    server.page('/sample', hearkenPage({ sample: '20%', scroll: '10', debug: true }, tall(3000)));
    const { page } = browser;
    await page.addInitScript((id) => localStorage.setItem('hearken:visitor', id), outside);
    await page.goto(server.url + '/sample');
    await waitForLog(browser.logs, /not shown/);
    // more chances to decide again: scrolling, route changes, a reload (same visitor, same decision)
    await page.evaluate(() => window.scrollTo(0, 2000));
    await page.evaluate(() => history.pushState({}, '', '/sample/other'));
    await page.evaluate(() => history.pushState({}, '', '/sample'));
    await settle(page, false);
    expect(debugLines(browser.logs)).toEqual(['[hearken] nps not shown: sample: visitor outside 20%']);
    expect(await dialogs(page).count()).toBe(0);

    const second = await browser.context.newPage();
    await second.addInitScript((id) => localStorage.setItem('hearken:visitor', id), inside);
    await second.goto(server.url + '/sample');
    await second.evaluate(() => window.scrollTo(0, 2000));
    await dialogs(second).waitFor();
    await waitForLog(browser.logs, /shown: scroll 10%/);
    expect(debugLines(browser.logs)).toEqual([
      '[hearken] nps not shown: sample: visitor outside 20%',
      '[hearken] nps shown: scroll 10%',
    ]);
  });
});
