import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { buildApp } from '../../demo/app/build.mjs';

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
    expect(authorizations).toEqual(['Bearer demo-token']);
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
    expect(authorizations).toEqual(['Bearer demo-token', 'Bearer demo-token']);
    await dashboardShows(dashboard, 'nps-score', '+100');
    await dashboardShows(dashboard, 'total-count', '2 answers');
  });

  it('loads a deep link of the app; a second purchase asks nothing (CSAT at checkout was answered)', async () => {
    await app.goto(server.url + '/app/product/gayo');
    expect(await app.locator('h1').textContent()).toBe('Gayo, Sumatra');
    await app.locator('button:text-is("Add to cart and check out")').click();
    await app.locator('button:text-is("Place order")').click();
    await app.locator('h1:text-is("Order placed")').waitFor();
    await app.waitForTimeout(300); // nothing is to happen: a short wait, the UI is already loaded
    expect(await app.locator('hearken-prompt').count()).toBe(0);
    expect(browser.logs.filter((l) => l.type == 'pageerror' || l.type == 'error')).toEqual([]);
  });
});
