import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type BrowserSession, type PageLog } from './harness/browser';
import { useTestServer } from './harness/server';
import { buildApp } from '../../demo/app/build.mjs';
import { waitForLog } from './pages/rules/helpers';

const dashboardShows = (page: Page, id: string, text: string) =>
  page.waitForFunction(([i, t]) => document.getElementById(i)?.textContent == t, [id, text], { timeout: 10_000 });

describeBrowser('demo: storefront app (npm entry, custom transport) → dashboard', () => {
  const server = useTestServer();
  let browser: BrowserSession;
  let dashboard: Page;
  let app: Page;
  const authorizations: (string | undefined)[] = [];
  beforeAll(async () => {
    await buildApp();
    browser = await launchBrowser({ viewport: { width: 1100, height: 820 } });
    dashboard = browser.page;
    await dashboard.goto(server.url + '/dashboard/');
    await dashboard.waitForFunction(() => document.getElementById('live')?.dataset.state == 'live');
    app = await browser.context.newPage();
    app.on('request', (r) => r.url().endsWith('/collect') && r.method() == 'POST' && authorizations.push(r.headers()['authorization']));
  });
  afterAll(() => browser?.close());

  it('asks CSAT when an order is placed, and the answer reaches the dashboard through the bearer transport', async () => {
    await app.goto(server.url + '/app/');
    await app.locator('a:has-text("Huila, Colombia")').click();
    expect(new URL(app.url()).pathname).toBe('/app/product/huila');
    await app.locator('button:text-is("Add to cart and check out")').click();
    expect(new URL(app.url()).pathname).toBe('/app/checkout');
    expect(await app.locator('hearken-prompt').count()).toBe(0);
    await app.locator('button:text-is("Place order")').click();
    await app.locator('hearken-prompt [role=radio]').first().waitFor();
    expect(await app.locator('hearken-prompt [role=dialog]').textContent()).toContain('How satisfied are you with your checkout?');
    await app.locator('hearken-prompt [role=radio]:text-is("2")').click();
    await app.locator('hearken-prompt textarea').fill('Card form <b>rejected</b> my postcode');
    await app.locator('hearken-prompt button:text-is("Send")').click();

    const [stored] = await server.waitForAnswers(1);
    expect(stored).toMatchObject({ survey: 'csat', score: 2, touchpoint: 'checkout', userId: 'u-4711', meta: { plan: 'subscriber' } });
    expect(stored.page).toBe(server.url + '/app/checkout');
    // the browser's request event may reach the test after the server stored the answer
    await expect.poll(() => authorizations).toEqual(['Bearer demo-token']);
    await dashboardShows(dashboard, 'csat-count', '1 answer');
    await dashboardShows(dashboard, 'csat-score', '0%');
    const comment = dashboard.locator('#comment-list q');
    await comment.waitFor();
    expect(await comment.textContent()).toBe('Card form <b>rejected</b> my postcode');
    expect(await dashboard.locator('#comment-list b').count()).toBe(0);
  });

  it('shows the <hearken-survey> of the account route, which delivers through the same transport', async () => {
    await app.locator('.tabs a:text-is("Account")').click();
    expect(new URL(app.url()).pathname).toBe('/app/account');
    await app.locator('hearken-survey [role=radio]:text-is("10")').click();
    await app.locator('hearken-survey button:text-is("Send")').click();
    const answers = await server.waitForAnswers(2);
    expect(answers[1]).toMatchObject({ survey: 'nps', score: 10, touchpoint: 'account', segment: 'promoter' });
    await expect.poll(() => authorizations).toEqual(['Bearer demo-token', 'Bearer demo-token']);
    await dashboardShows(dashboard, 'nps-score', '+100');
    await dashboardShows(dashboard, 'total-count', '2 answers');
  });

  it('asks CSAT about the delivery on the orders route only, when the router navigates there', async () => {
    // A new tab: a new session, so the session's cap (the checkout CSAT above) does not hold it back.
    const tab = await browser.context.newPage();
    const logs: PageLog[] = [];
    tab.on('console', (m) => logs.push({ type: m.type(), text: m.text(), url: tab.url() }));
    // the floating prompts (the account route's <hearken-survey> holds an inline one)
    const prompts = tab.locator('body > hearken-prompt [role=dialog]');
    await tab.goto(server.url + '/app/');
    await waitForLog(logs, /^\[hearken\] csat@delivery not shown: pages: \/app\/ not in \/app\/orders\*$/);
    await tab.locator('a:has-text("Huila, Colombia")').click();
    await waitForLog(logs, /csat@delivery not shown: pages: \/app\/product\/huila not in/);
    await tab.locator('.tabs a:text-is("Account")').click();
    await waitForLog(logs, /csat@delivery not shown: pages: \/app\/account not in/);
    expect(await prompts.count()).toBe(0);

    // pushState to /app/orders: a new page view that passes the pages filter; the prompt comes after its delay
    await tab.locator('.tabs a:text-is("Orders")').click();
    expect(new URL(tab.url()).pathname).toBe('/app/orders');
    await prompts.waitFor({ timeout: 10_000 });
    expect(await prompts.textContent()).toContain('How satisfied are you with the delivery of your order?');
    await waitForLog(logs, /^\[hearken\] csat@delivery shown: delay 1500 ms$/);
    await prompts.locator('[role=radio]:text-is("5")').click();
    await prompts.locator('button:text-is("Skip")').click();
    const answers = await server.waitForAnswers(3);
    expect(answers[2]).toMatchObject({ survey: 'csat', score: 5, segment: 'satisfied', touchpoint: 'delivery', page: server.url + '/app/orders', userId: 'u-4711' });
    expect(authorizations.at(-1)).toBe('Bearer demo-token');

    // back on the route later: answered, so not asked again
    await tab.locator('.tabs a:text-is("Roasts")').click();
    await tab.locator('.tabs a:text-is("Orders")').click();
    await waitForLog(logs, /csat@delivery not shown: resurvey: answered csat@delivery 0d ago/);
    await tab.close();
  });

  it('loads a deep link of the app; a second purchase asks nothing (CSAT at checkout was answered)', async () => {
    await app.goto(server.url + '/app/product/gayo');
    expect(await app.locator('h1').textContent()).toBe('Gayo, Sumatra');
    await app.locator('button:text-is("Add to cart and check out")').click();
    await app.locator('button:text-is("Place order")').click();
    await app.locator('h1:text-is("Order placed")').waitFor();
    // the rules refuse CSAT at checkout now, and say so (the app's widgets run with debug): no prompt comes
    await waitForLog(browser.logs, /^\[hearken\] csat@checkout not shown: resurvey: answered csat@checkout 0d ago/);
    expect(await app.locator('hearken-prompt').count()).toBe(0);
    expect(browser.logs.filter((l) => l.type == 'pageerror' || l.type == 'error')).toEqual([]);
  });
});
