/**
 * Consent in a real Chromium: `data-consent="pending"` stores, shows and sends nothing until
 * `Hearken.consent(true)`; `consent(false)` erases hearken's storage; Global Privacy Control.
 */
import { afterEach, beforeEach, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';
import { debugLines, dialogs, hearkenPage, hearkenStorage, settle, waitForLog } from './pages/rules/helpers';

type Win = Window & { Hearken: { consent(granted: boolean): void; show(): void } };

describeBrowser('rules: consent', () => {
  const server = useTestServer();
  let browser: BrowserSession;
  beforeEach(async () => {
    browser = await launchBrowser();
  });
  afterEach(() => browser?.close());

  it('pending: nothing stored or shown; granted: the prompt shows and the answer is sent; withdrawn: all erased', async () => {
    server.page('/consent.html', hearkenPage({ consent: 'pending', debug: true, 'user-id': 'u-42' }));
    const { page } = browser;
    const before = server.answers().length;
    await page.goto(server.url + '/consent.html');
    await waitForLog(browser.logs, /nps not shown: consent: pending/);
    // the host asking to show changes nothing either
    await page.evaluate(() => (window as unknown as Win).Hearken.show());
    await settle(page, false);
    expect(await dialogs(page).count()).toBe(0);
    await expect(hearkenStorage(page)).resolves.toEqual({ local: [], session: [], database: false });

    await page.evaluate(() => (window as unknown as Win).Hearken.consent(true));
    await dialogs(page).waitFor();
    await page.locator('hearken-prompt [role=radio]').nth(6).click();
    await page.getByRole('textbox').fill('Too slow');
    await page.getByRole('button', { name: 'Send' }).click();
    const stored = (await server.waitForAnswers(before + 1))[before];
    const visitorId = await page.evaluate(() => localStorage.getItem('hearken:visitor'));
    expect(stored).toMatchObject({ score: 6, segment: 'detractor', comment: 'Too slow', userId: 'u-42', visitorId });
    expect(visitorId).toBeTruthy();
    const kept = await hearkenStorage(page);
    expect(kept.database).toBe(true);
    expect(kept.local).toContain('hearken:visitor');
    expect(kept.session).toEqual(['hearken:shown']);
    expect(debugLines(browser.logs)).toEqual(['[hearken] nps not shown: consent: pending', '[hearken] nps shown: load']);

    await page.evaluate(() => (window as unknown as Win).Hearken.consent(false));
    await page.waitForFunction(async () => !(await indexedDB.databases()).some((d) => d.name == 'hearken'));
    await expect(hearkenStorage(page)).resolves.toEqual({ local: [], session: [], database: false });

    // the next page view starts pending again (the site's consent banner decides), with nothing kept
    await page.reload();
    await settle(page, false);
    expect(await dialogs(page).count()).toBe(0);
    await expect(hearkenStorage(page)).resolves.toEqual({ local: [], session: [], database: false });
  });

  // `'denied'` is Consent Mode's word, and was read as true: the prompt showed and hearken stored its keys
  // (found by the security audit)
  it('consent("denied") or consent("granted") grants nothing, and says what it takes', async () => {
    server.page('/consent-text.html', hearkenPage({ consent: 'pending' }));
    const { page } = browser;
    await page.goto(server.url + '/consent-text.html');
    await page.evaluate(() => (window as unknown as { Hearken: { consent(value: string): void } }).Hearken.consent('denied'));
    await waitForLog(browser.logs, /consent\(granted\) must be a boolean, got "denied"/);
    await page.evaluate(() => (window as unknown as { Hearken: { consent(value: string): void } }).Hearken.consent('granted'));
    await waitForLog(browser.logs, /consent\(granted\) must be a boolean, got "granted"/);
    await settle(page, false);
    expect(await dialogs(page).count()).toBe(0);
    await expect(hearkenStorage(page)).resolves.toEqual({ local: [], session: [], database: false });
    expect(browser.logs.filter((log) => log.type == 'error').map((log) => log.text)).toEqual([
      '[hearken] consent(granted) must be a boolean, got "denied"',
      '[hearken] consent(granted) must be a boolean, got "granted"',
    ]);
  });

  it('withdrawing consent closes an open prompt and keeps nothing of it', async () => {
    server.page('/open.html', hearkenPage({ debug: true }));
    const { page } = browser;
    await page.goto(server.url + '/open.html');
    await dialogs(page).waitFor();
    await page.evaluate(() => (window as unknown as Win).Hearken.consent(false));
    await dialogs(page).waitFor({ state: 'detached' });
    await page.waitForFunction(async () => !(await indexedDB.databases()).some((d) => d.name == 'hearken'));
    await expect(hearkenStorage(page)).resolves.toEqual({ local: [], session: [], database: false });
  });

  // the prompt commits a picked score on its way out: after the erasure, it stored the answer again (the database and
  // the waiting marker back) and announced it to the page (found by the security audit)
  it('withdrawing consent after a score was picked keeps nothing of the answer, and announces none', async () => {
    server.page('/picked.html', hearkenPage({}));
    const { page } = browser;
    const loaded: string[] = [];
    page.on('requestfinished', (request) => void loaded.push(new URL(request.url()).pathname));
    await page.goto(server.url + '/picked.html');
    await dialogs(page).waitFor();
    await page.evaluate(() => {
      const events: unknown[] = [];
      (window as unknown as { __answers: unknown[] }).__answers = events;
      (window as unknown as { Hearken: { on(name: string, fn: (p: unknown) => void): void } }).Hearken.on('answer', (answer) => void events.push(answer));
    });
    await page.locator('hearken-prompt [role=radio]').nth(4).click();
    await page.getByRole('textbox').waitFor();
    await expect.poll(() => loaded).toContain('/dist/hearken-delivery.js');
    await page.evaluate(() => (window as unknown as Win).Hearken.consent(false));
    await dialogs(page).waitFor({ state: 'detached' });
    await page.waitForFunction(async () => !(await indexedDB.databases()).some((d) => d.name == 'hearken'));
    await settle(page, false);
    await expect(hearkenStorage(page)).resolves.toEqual({ local: [], session: [], database: false });
    expect(await page.evaluate(() => (window as unknown as { __answers: unknown[] }).__answers)).toEqual([]);
  });

  it('data-respect-gpc: with Global Privacy Control on, a page view downloads hearken.js alone, stores nothing, and show() still shows nothing', async () => {
    server.page('/gpc-light.html', hearkenPage({ 'respect-gpc': true }));
    const { page } = browser;
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await page.goto(server.url + '/gpc-light.html');
    await page.waitForLoadState('load');
    await settle(page, false);
    const files = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType('resource')
          .map((e) => new URL(e.name).pathname)
          .filter((path) => path.indexOf('/dist/') == 0),
      );
    expect(await files()).toEqual(['/dist/hearken.js']);
    await expect(hearkenStorage(page)).resolves.toEqual({ local: [], session: [], database: false });
    // the API is there: a call loads the full script (with the question's UI, in one file), whose consent stays denied
    await page.evaluate(() => (window as unknown as Win).Hearken.show());
    await page.waitForFunction(() => '__hearkenCore' in window);
    await settle(page, false);
    expect(await dialogs(page).count()).toBe(0);
    expect(await files()).toEqual(['/dist/hearken.js', '/dist/hearken-prompt.js']);
    await expect(hearkenStorage(page)).resolves.toEqual({ local: [], session: [], database: false });
  });

  it('data-respect-gpc: with Global Privacy Control on, nothing is shown, even after consent(true)', async () => {
    server.page('/gpc.html', hearkenPage({ 'respect-gpc': true, debug: true }));
    const { page } = browser;
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
    await page.goto(server.url + '/gpc.html');
    await waitForLog(browser.logs, /nps not shown: consent: denied/);
    await page.evaluate(() => (window as unknown as Win).Hearken.consent(true));
    await page.evaluate(() => (window as unknown as Win).Hearken.show());
    await settle(page, false);
    expect(await dialogs(page).count()).toBe(0);
    await expect(hearkenStorage(page)).resolves.toEqual({ local: [], session: [], database: false });
  });
});
