/**
 * The light loader across reloads, in real Chromium against the demo collector (issue 15): a visitor answers NPS
 * while the collector is down; on the reload this now capped visitor downloads only hearken.js, hearken-core.js and
 * the delivery code (not the prompt UI), within size-limit's budget for them, and the answer is delivered there exactly once; the page
 * view after that downloads hearken.js alone and posts nothing. Also a lost marker and two tabs.
 *
 * What a page downloaded is read from its resource timing (every URL under /dist/), never from a list of files
 * per path, so the test follows however the build splits hearken-core.js; the brotli bytes (quality 11) come
 * from the dist/ files. Budgets in kB of 1,000 B, as size-limit counts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeBrowser } from './harness/browser';
import { distBrotli } from './harness/dist-bytes';
import { QUICK_TIMEOUT, answerByUi, expectDeliveredOnce, fixturePage, madeIds, pending, recordedDrops, until, useDeliverySession, type DeliverySession } from './delivery-helpers';
import { answer, dialogs, settle } from './pages/rules/helpers';

/** (a) a page view where no prompt can show and nothing waits: at most 2.5 kB brotli of hearken. */
const LIGHT_BUDGET = 2500;
/** (b) a page view that may show a prompt but has not yet (its triggers armed): at most 8 kB brotli. */
const ARMED_BUDGET = 8000;
/**
 * A page view delivering what an earlier page left waiting: hearken.js, hearken-core.js and hearken-delivery.js. Its
 * budget is size-limit's entry for those three files, read from package.json (one source).
 */
const DELIVERING_BUDGET = deliveringBudget();
const WAITING = 'hearken:waiting';

/** size-limit's limit (kB of 1,000 B) of the entry measuring dist/hearken.js + hearken-core.js + hearken-delivery.js. */
function deliveringBudget(): number {
  const entries = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { 'size-limit': { path: string | string[]; limit: string }[] })['size-limit'];
  const entry = entries.find((e) => String(e.path) == 'dist/hearken.js,dist/hearken-core.js,dist/hearken-delivery.js');
  if (!entry) throw new Error('[hearken] package.json has no size-limit entry for dist/hearken.js + hearken-core.js + hearken-delivery.js');
  return Math.round(parseFloat(entry.limit) * 1000);
}

/** The paths under /dist/ this page (this document) loaded, in order, from its resource timing. */
function loaded(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .filter((u) => u.origin == location.origin && u.pathname.indexOf('/dist/') == 0)
      .map((u) => u.pathname),
  );
}

const marker = (page: Page) => page.evaluate((key) => localStorage.getItem(key), WAITING);

/** Waits for the page's load event, then lets a task and two frames pass: what the loader decided has run. */
async function loadedAndSettled(page: Page): Promise<void> {
  await page.waitForLoadState('load');
  await settle(page, false);
}

/** Page 1: the collector is down, the floating NPS prompt is answered (9, comment skipped); the answer waits. */
async function answerWhileDown(s: DeliverySession, page: Page): Promise<string[]> {
  s.server.faults.setMode('down');
  await page.goto(s.server.url + '/nps.html');
  await dialogs(page).waitFor();
  await answer(page, 9);
  await until('the answer event', async () => (await madeIds(page)).length == 1);
  await until('the answer to wait in the outbox, marked', async () => (await pending(page)) == 1 && !!(await marker(page)));
  expect(s.server.answers()).toEqual([]);
  return madeIds(page);
}

/** The prompt on screen is answered (9, comment skipped) with the collector up: delivered once, nothing left waiting. */
async function answerDelivered(s: DeliverySession, page: Page): Promise<void> {
  await answer(page, 9);
  await until('the answer event', async () => (await madeIds(page)).length == 1);
  await expectDeliveredOnce(s.server, { ids: await madeIds(page), total: 1 });
  await until('an empty outbox and no marker', async () => (await pending(page)) == 0 && (await marker(page)) === null);
}

/** Reloads with the collector still down, waits until the new page tried to send, then brings the collector up. */
async function reloadThenCollectorUp(s: DeliverySession, page: Page): Promise<void> {
  const reloaded = Date.now();
  await page.reload();
  // the new page's fetch (once the old page's beacon would have timed out) meets the outage first
  await until('the reloaded page to try to deliver', () => s.requests.posts().some((h) => h.t > reloaded && h.type.startsWith('application/json')), 25_000);
  expect(s.server.answers()).toEqual([]);
  s.server.faults.setMode('up');
}

/** `page` with its hearken.js tag moved to the end of `<head>` (no defer), followed by `after`. */
const inHead = (page: string, after: string) => {
  const tag = /<script src="\/dist\/hearken\.js"[^>]*><\/script>/.exec(page)![0];
  return page.replace(tag, '').replace('</head>', tag + after + '</head>');
};

describeBrowser('the light loader across reloads', () => {
  const s = useDeliverySession({
    // the script tag asks NPS at load: only the re-survey wait (90 days after an answer) keeps a visitor light
    '/nps.html': fixturePage({ trigger: 'auto', survey: 'nps', ...QUICK_TIMEOUT }),
    '/tabs.html': fixturePage(QUICK_TIMEOUT),
    '/delay.html': fixturePage({ trigger: 'auto', survey: 'nps', delay: '600000' }),
    // everyone outside the sample, and (but one visitor in a million) everyone inside it
    '/sample-out.html': fixturePage({ trigger: 'auto', survey: 'nps', sample: '0' }),
    '/sample-in.html': fixturePage({ trigger: 'auto', survey: 'nps', sample: '99.9999%' }),
    // an order's thank-you page: NPS asked when the page says the order went through
    '/thanks.html': fixturePage({ trigger: 'auto', survey: 'nps', 'on-event': 'purchase' }),
    // a shop with a consent manager: nothing before the visitor agrees, then consent(true) on each page view
    '/consent.html': fixturePage({ trigger: 'auto', survey: 'nps', consent: 'pending' }),
    // the same tag in <head> without defer, and a consent manager that calls at once, before the page is parsed
    '/consent-head.html': inHead(fixturePage({ trigger: 'auto', survey: 'nps', consent: 'pending' }), '<script>Hearken.consent(true)</script>'),
    '/blank.html': '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>',
  });
  /** What page 2 of the first test downloaded, for the budget test after it. */
  let returning: string[] | undefined;

  it('answered while the collector is down: the reload downloads hearken.js and the delivery code (no UI) and delivers once; the next page view, hearken.js alone', async () => {
    const { page } = s.browser;
    const ids = await answerWhileDown(s, page);
    expect(await page.evaluate(() => localStorage.getItem('hearken:checked'))).toBeTruthy();

    // page 2: a returning visitor inside the re-survey wait, with an answer waiting
    await reloadThenCollectorUp(s, page);
    await expectDeliveredOnce(s.server, { ids, total: 1 });
    await until('an empty outbox and no marker', async () => (await pending(page)) == 0 && (await marker(page)) === null);
    await settle(page, false);
    returning = await loaded(page);
    expect(returning[0]).toBe('/dist/hearken.js');
    expect(returning.length, `the delivery code was loaded: ${returning.join(', ')}`).toBeGreaterThan(1);
    expect(returning.filter((p) => /hearken-ui\.js$|\/locales\//.test(p))).toEqual([]);
    expect(await dialogs(page).count()).toBe(0);

    // page 3: capped, nothing waits
    const posts = s.requests.posts().length;
    await page.reload();
    await loadedAndSettled(page);
    const light = await loaded(page);
    expect(light).toEqual(['/dist/hearken.js']);
    expect(distBrotli(light)).toBeLessThanOrEqual(LIGHT_BUDGET);
    expect(s.requests.posts().length).toBe(posts);
    expect(await page.evaluate(() => '__hearkenCore' in window)).toBe(false);
    await expectDeliveredOnce(s.server, { ids, total: 1 });
    expect(await recordedDrops(page)).toEqual([]);
  });

  it(`what that returning visitor downloaded to deliver fits the delivering budget (${DELIVERING_BUDGET / 1000} kB brotli)`, () => {
    if (!returning) throw new Error('[hearken] the test before did not get to page 2');
    const sizes = returning.map((p) => `${p} ${distBrotli([p])} B`).join(' + ');
    expect(distBrotli(returning), sizes).toBeLessThanOrEqual(DELIVERING_BUDGET);
  });

  it('a lost marker: the answer waits (light page views leave it alone) until a page view loads the delivery (here at flush()), which puts the marker back; then it is delivered once', async () => {
    const { page } = s.browser;
    const ids = await answerWhileDown(s, page);
    // between page 1 and 2: the marker is lost (cleared by someone else; page 1 cannot put it back once gone)
    await page.goto(s.server.url + '/blank.html');
    await page.evaluate((key) => localStorage.removeItem(key), WAITING);

    // page 2: capped, and nothing says that an answer waits: hearken.js alone, nothing sent
    const posts = s.requests.posts().length;
    await page.goto(s.server.url + '/nps.html');
    await loadedAndSettled(page);
    expect(await loaded(page)).toEqual(['/dist/hearken.js']);
    expect(s.requests.posts().length).toBe(posts);
    expect(await pending(page)).toBe(1);
    expect(await marker(page)).toBeNull();

    // page 3 calls Hearken.flush(): the core and the delivery load, find the answer in the outbox and put the marker back
    await page.reload();
    await loadedAndSettled(page);
    await page.evaluate(() => void (window as unknown as { Hearken: { flush(): Promise<unknown> } }).Hearken.flush().catch(() => {}));
    await until('the marker to be back', async () => !!(await marker(page)));
    expect(s.server.answers()).toEqual([]);

    // page 4: the marker makes the loader load the delivery, which delivers once the collector is back
    await reloadThenCollectorUp(s, page);
    await expectDeliveredOnce(s.server, { ids, total: 1 });
    await until('an empty outbox and no marker', async () => (await pending(page)) == 0 && (await marker(page)) === null);
  });

  it("a visitor of 0.1's, inside its re-survey wait, with an answer 0.1 left waiting (no marker: 0.1 wrote none): the first page view of this version marks it, the next delivers it once", async () => {
    const { page } = s.browser;
    const ids = await answerWhileDown(s, page);
    // what 0.1 left: its history's names (a, d), its entry's ({ id, a, t, g, s }), no marker, no checked attributes
    await page.goto(s.server.url + '/blank.html');
    await page.evaluate(async (key) => {
      localStorage.removeItem(key);
      localStorage.removeItem('hearken:checked');
      const history = JSON.parse(localStorage.getItem('hearken:history')!) as Record<string, { answeredAt: number }>;
      localStorage.setItem('hearken:history', JSON.stringify(Object.fromEntries(Object.entries(history).map(([k, v]) => [k, { a: v.answeredAt }]))));
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('hearken');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const store = db.transaction('outbox', 'readwrite').objectStore('outbox');
      const all = await new Promise<{ id: string; answer: unknown; storedAt: number; age: number; seenAt: number }[]>((resolve) => (store.getAll().onsuccess = (e) => resolve((e.target as IDBRequest).result)));
      for (const e of all) store.put({ id: e.id, a: e.answer, t: e.storedAt, g: e.age, s: e.seenAt });
      await new Promise((resolve) => (store.transaction.oncomplete = resolve));
      db.close();
    }, WAITING);
    expect(await pending(page)).toBe(1);

    // page 2: this version's first, capped by 0.1's history: nothing is sent yet, but the answer is now marked
    await page.goto(s.server.url + '/nps.html');
    await loadedAndSettled(page);
    await until('the marker', async () => !!(await marker(page)));
    expect(await dialogs(page).count()).toBe(0);

    // page 3: the marker makes the loader load the delivery, which delivers once the collector is back
    await reloadThenCollectorUp(s, page);
    await expectDeliveredOnce(s.server, { ids, total: 1 });
    await until('an empty outbox and no marker', async () => (await pending(page)) == 0 && (await marker(page)) === null);
  });

  it('hearken-delivery.js missing when the visitor answers: one [hearken] error naming the file, the answer kept in localStorage; the next page view with the file back delivers it once', async () => {
    const { page } = s.browser;
    await page.route('**/dist/hearken-delivery.js', (route) => route.fulfill({ status: 404, body: 'not here' }));
    await page.goto(s.server.url + '/nps.html');
    await dialogs(page).waitFor();
    await answer(page, 3);
    await until('the answer event', async () => (await madeIds(page)).length == 1);
    const ids = await madeIds(page);
    await until('the one error about the file', () => s.browser.logs.some((l) => l.type == 'error' && l.text.startsWith('[hearken] could not load the delivery')));
    const errors = s.browser.logs.filter((l) => l.type == 'error' && l.text.startsWith('[hearken]'));
    expect(errors.map((l) => l.text)).toEqual([expect.stringMatching(/^\[hearken\] could not load the delivery: .*hearken-delivery\.js.*copy hearken-delivery\.js beside hearken\.js/)]);
    expect(await page.evaluate((id) => localStorage.getItem('hearken:rescue:' + id), ids[0])).toContain(ids[0]);
    expect(await marker(page)).toBeTruthy();
    expect(s.server.answers()).toEqual([]);

    // the file is back: the next page view (capped now) loads the delivery for the marker, which sends the kept answer
    await page.unroute('**/dist/hearken-delivery.js');
    await page.reload();
    await expectDeliveredOnce(s.server, { ids, total: 1 });
    await until('no kept answer, an empty outbox and no marker', async () =>
      (await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('hearken:rescue:')).length)) == 0 && (await pending(page)) == 0 && (await marker(page)) === null);
  });

  it('hearken-delivery.js lost with the network as the visitor answers: fetched again when the browser is back online, and the answer delivered on that page', async () => {
    const { page } = s.browser;
    // the network goes as the question shows: the delivery's file does not come
    let cut = true;
    await page.route('**/dist/hearken-delivery.js', (route) => (cut ? route.abort('internetdisconnected') : route.continue()));
    await page.goto(s.server.url + '/nps.html');
    await dialogs(page).waitFor();
    await s.browser.context.setOffline(true);
    await answer(page, 3);
    await until('the answer event', async () => (await madeIds(page)).length == 1);
    const ids = await madeIds(page);
    await until('the error about the file', () => s.browser.logs.some((l) => l.type == 'error' && l.text.startsWith('[hearken] could not load the delivery')));
    expect(s.server.answers()).toEqual([]);

    // back online, on the same page: the file is fetched again and sends the answer
    cut = false;
    await s.browser.context.setOffline(false);
    await expectDeliveredOnce(s.server, { ids, total: 1 });
    await until('an empty outbox and no marker', async () => (await pending(page)) == 0 && (await marker(page)) === null);
    await page.unroute('**/dist/hearken-delivery.js');
  });

  it(`a long data-delay: a returning visitor downloads hearken.js and hearken-triggers.js alone (≤ ${ARMED_BUDGET / 1000} kB) until 3 s before the delay ends`, async () => {
    const { page } = s.browser;
    await page.goto(s.server.url + '/delay.html');
    // the first page view loads the full script, which checks the attributes and remembers them
    await until('the attributes to be checked', async () => !!(await page.evaluate(() => localStorage.getItem('hearken:checked'))));
    await page.reload();
    await loadedAndSettled(page);
    await until('the triggers to be armed', () => page.evaluate(() => '__hearkenArm' in window));
    const armed = await loaded(page);
    expect(armed).toEqual(['/dist/hearken.js', '/dist/hearken-triggers.js']);
    expect(distBrotli(armed)).toBeLessThanOrEqual(ARMED_BUDGET);
    expect(await dialogs(page).count()).toBe(0);
    expect(s.browser.logs.filter((l) => l.type == 'error')).toEqual([]);
  });

  const visitorId = (page: Page) => page.evaluate(() => localStorage.getItem('hearken:visitor'));
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

  it('data-sample, a new visitor outside the sample: hearken.js and hearken-checks.js (which makes the visitor id), never the full script; the next page view, hearken.js alone', async () => {
    const { page } = s.browser;
    await page.goto(s.server.url + '/sample-out.html');
    await until('the attributes to be checked', async () => !!(await page.evaluate(() => localStorage.getItem('hearken:checked'))));
    await loadedAndSettled(page);
    const first = await loaded(page);
    expect(first).toEqual(['/dist/hearken.js', '/dist/hearken-checks.js']);
    expect(distBrotli(first)).toBeLessThanOrEqual(ARMED_BUDGET);
    expect(await visitorId(page)).toMatch(UUID);
    expect(await dialogs(page).count()).toBe(0);

    const id = await visitorId(page);
    await page.reload();
    await loadedAndSettled(page);
    const light = await loaded(page);
    expect(light).toEqual(['/dist/hearken.js']);
    expect(distBrotli(light)).toBeLessThanOrEqual(LIGHT_BUDGET);
    expect(await page.evaluate(() => '__hearkenCore' in window)).toBe(false);
    expect(await visitorId(page)).toBe(id);
    expect(s.browser.logs.filter((l) => l.type == 'error' || l.type == 'warning')).toEqual([]);
  });

  it('data-sample, a new visitor inside it: the prompt shows, once hearken-checks.js found the attributes right and made the id, and keeps that id', async () => {
    const { page } = s.browser;
    await page.goto(s.server.url + '/sample-in.html');
    await dialogs(page).waitFor();
    const files = await loaded(page);
    expect(files.slice(0, 3)).toEqual(['/dist/hearken.js', '/dist/hearken-checks.js', '/dist/hearken-prompt.js']);
    expect(files).not.toContain('/dist/hearken-triggers.js');
    const id = await visitorId(page);
    expect(id).toMatch(UUID);
    await answer(page, 8);
    await until('the answer event', async () => (await madeIds(page)).length == 1);
    const [stored] = await expectDeliveredOnce(s.server, { ids: await madeIds(page), total: 1 });
    expect(stored).toMatchObject({ score: 8, visitorId: id });
  });

  it("data-on-event, an order's thank-you page: the customer answers at the first order; at the next, now capped, the purchase event and Hearken.track() download nothing more than hearken.js", async () => {
    const { page } = s.browser;
    const purchase = () => page.evaluate(() => (dispatchEvent(new CustomEvent('purchase')), (window as unknown as { Hearken: { track(name: string): void } }).Hearken.track('purchase')));
    await page.goto(s.server.url + '/thanks.html');
    await loadedAndSettled(page);
    expect(await dialogs(page).count()).toBe(0);
    await purchase();
    await dialogs(page).waitFor();
    await answerDelivered(s, page);

    await page.reload();
    await loadedAndSettled(page);
    await purchase();
    await settle(page, false);
    const light = await loaded(page);
    expect(light).toEqual(['/dist/hearken.js']);
    expect(distBrotli(light)).toBeLessThanOrEqual(LIGHT_BUDGET);
    expect(await page.evaluate(() => '__hearkenCore' in window)).toBe(false);
    expect(await dialogs(page).count()).toBe(0);
    expect(s.browser.logs.filter((l) => l.type == 'error' || l.type == 'warning')).toEqual([]);
  });

  it("a shop with a consent manager (data-consent=\"pending\", consent(true) on each page view once the visitor agreed): the visitor agrees and answers; at the next page view, now capped, consent(true) downloads nothing more than hearken.js, also when called before the page is parsed; consent(false) there erases what hearken stored", async () => {
    const { page } = s.browser;
    const consent = (granted: boolean) => page.evaluate((g) => (window as unknown as { Hearken: { consent(granted: boolean): void } }).Hearken.consent(g), granted);
    const stored = () => page.evaluate(() => Object.keys(localStorage).filter((key) => key.indexOf('hearken:') == 0));
    await page.goto(s.server.url + '/consent.html');
    await loadedAndSettled(page);
    expect(await loaded(page)).toEqual(['/dist/hearken.js']);
    expect(await stored()).toEqual([]);
    await consent(true);
    await dialogs(page).waitFor();
    await answerDelivered(s, page);

    await page.reload();
    await loadedAndSettled(page);
    await consent(true);
    await settle(page, false);
    const light = await loaded(page);
    expect(light).toEqual(['/dist/hearken.js']);
    expect(distBrotli(light)).toBeLessThanOrEqual(LIGHT_BUDGET);
    expect(await dialogs(page).count()).toBe(0);
    expect(await stored()).toContain('hearken:history');
    // a consent(true) before the page is parsed: the rules are applied once it is; nothing more either
    await page.goto(s.server.url + '/consent-head.html');
    await loadedAndSettled(page);
    await settle(page, false);
    expect(await loaded(page)).toEqual(['/dist/hearken.js']);
    expect(await dialogs(page).count()).toBe(0);
    await page.goto(s.server.url + '/consent.html');
    await loadedAndSettled(page);
    // the visitor withdraws: the full script comes to erase it all
    await consent(false);
    await until("hearken's keys erased", async () => (await stored()).length == 0);
    expect(await dialogs(page).count()).toBe(0);
    expect(s.server.answers()).toHaveLength(1);
    expect(s.browser.logs.filter((l) => l.type == 'error' || l.type == 'warning')).toEqual([]);
  });

  it('two tabs answer while the collector is down: one reload delivers both, once each', async () => {
    const a = s.browser.page;
    s.server.faults.setMode('down');
    await a.goto(s.server.url + '/tabs.html');
    const b = await s.browser.context.newPage();
    await b.goto(s.server.url + '/tabs.html');
    await answerByUi(a, 8, 'tab-a', 'tab-a');
    await answerByUi(b, 6, 'tab-b', 'tab-b');
    await until('both answers in the outbox', async () => (await pending(a)) == 2 && (await madeIds(a)).length == 2);
    expect(await marker(a)).toBeTruthy();
    const ids = await madeIds(a);
    await b.close();

    await reloadThenCollectorUp(s, a);
    const stored = await expectDeliveredOnce(s.server, { ids, comments: ['tab-a', 'tab-b'], total: 2 });
    expect(stored.map((x) => x.score).sort()).toEqual([6, 8]);
    await until('an empty outbox and no marker', async () => (await pending(a)) == 0 && (await marker(a)) === null);
  });
});
