/**
 * Delivery against a misbehaving collector and a page whose storage is blocked, in real Chromium: each answer is
 * stored exactly once, Retry-After is honoured, and an answer past its time to live is reported as dropped.
 */
import { expect, it } from 'vitest';
import { describeBrowser } from './harness/browser';
import { QUICK_TIMEOUT, answerByUi, expectDeliveredOnce, fixturePage, madeIds, pending, recordedDrops, until, useDeliverySession } from './delivery-helpers';

/** An init script: IndexedDB refuses to open, as in some private modes and sandboxed frames. */
function blockIndexedDb() {
  IDBFactory.prototype.open = () => {
    throw new DOMException('The user denied permission to access the database.', 'SecurityError');
  };
}

/** An init script: touching localStorage throws, as with cookies blocked. */
function blockLocalStorage() {
  Object.defineProperty(window, 'localStorage', {
    get() {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    },
  });
}

/** An init script: backoff jitter fixed at a quarter of its range, so the storm's timing is known. */
function steadyRandom() {
  Math.random = () => 0.25;
}

describeBrowser('delivery against faults', () => {
  const s = useDeliverySession(
    { '/delivery.html': fixturePage(), '/quick.html': fixturePage(QUICK_TIMEOUT), '/short-life.html': fixturePage({ 'ttl-days': '0.00002' }) },
    (server) => void (server.faults.retryAfter = 1),
  );
  const server = s.server;

  it('the collector stores the batch then drops the connection: the widget retries and the answer is stored once', async () => {
    const { page } = s.browser;
    server.faults.next(['drop-after-save']);
    await page.goto(server.url + '/delivery.html');
    await answerByUi(page, 0, 'saved-then-dropped');
    // the retry got "duplicate" back, which settles the answer: the outbox empties
    await until('an empty outbox', async () => (await madeIds(page)).length == 1 && (await pending(page)) == 0);
    expect(server.faults.history).toEqual(['drop-after-save', 'ok']);
    await expectDeliveredOnce(server, { ids: await madeIds(page), comments: ['saved-then-dropped'], total: 1 });
  });

  it('a storm of 500 and 429 answers: delivered once, and no request comes before a Retry-After has passed', async () => {
    const { page } = s.browser;
    await page.addInitScript(steadyRandom);
    server.faults.retryAfter = 2;
    server.faults.next(['500', '429', '500', '429', 'ok']);
    await page.goto(server.url + '/delivery.html');
    await answerByUi(page, 8, 'storm-1');
    // an answer made while the server's Retry-After runs waits for it too
    await until('the first 429', () => s.requests.outcomes.some((o) => o.outcome == '429'));
    await answerByUi(page, 4, 'storm-2');

    await expectDeliveredOnce(server, { ids: await madeIds(page), comments: ['storm-1', 'storm-2'], total: 2 });
    expect(s.requests.outcomes.map((o) => o.outcome)).toEqual(['500', '429', '500', '429', 'ok']);
    const posts = s.requests.posts().map((h) => h.t);
    for (const limited of s.requests.outcomes.filter((o) => o.outcome == '429')) {
      const early = posts.filter((t) => t > limited.t && t < limited.t + 2000 - 30);
      expect(early, 'POSTs within the 2 s Retry-After').toEqual([]);
    }
    await until('an empty outbox', async () => (await pending(page)) == 0);
  });

  it('IndexedDB refuses to open: answers fall back to localStorage, outlive a reload while the collector is down, and arrive once', async () => {
    const { page } = s.browser;
    await s.browser.context.addInitScript(blockIndexedDb);
    server.faults.setMode('down');
    await page.goto(server.url + '/quick.html');
    await answerByUi(page, 5, 'no-indexeddb');
    await until('the answer event', async () => (await madeIds(page)).length == 1);
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.indexOf('hearken:outbox:') == 0).length)).toBe(1);
    await page.reload();
    server.faults.setMode('up');
    await expectDeliveredOnce(server, { ids: await madeIds(page), comments: ['no-indexeddb'], total: 1 });
    const warnings = s.browser.logs.filter((l) => l.type == 'warning' && l.text.startsWith('[hearken]'));
    // one per page load: the fallback is announced once per page, not per answer
    expect(warnings.map((w) => w.text)).toEqual([expect.stringContaining('storing answers in localStorage'), expect.stringContaining('storing answers in localStorage')]);
  });

  it('IndexedDB and localStorage both blocked: answers go from memory, with one [hearken] warning and no uncaught error', async () => {
    const { page } = s.browser;
    await s.browser.context.addInitScript(blockIndexedDb);
    await s.browser.context.addInitScript(blockLocalStorage);
    await page.goto(server.url + '/delivery.html');
    await answerByUi(page, 10, 'no-storage-1');
    await answerByUi(page, 2, 'no-storage-2');
    await until('two answer events', async () => (await madeIds(page)).length == 2);
    await expectDeliveredOnce(server, { ids: await madeIds(page), comments: ['no-storage-1', 'no-storage-2'], total: 2 });
    const ours = s.browser.logs.filter((l) => l.text.startsWith('[hearken]'));
    expect(ours).toEqual([expect.objectContaining({ type: 'warning', text: expect.stringContaining('storing answers in memory only') })]);
  });

  it('past its time to live an undelivered answer is reported as dropped, never silently lost', async () => {
    const { page } = s.browser;
    server.faults.setMode('down');
    await page.goto(server.url + '/short-life.html');
    await answerByUi(page, 7, 'outlived');
    await until('the answer event', async () => (await madeIds(page)).length == 1);
    const [id] = await madeIds(page);
    // the time to live is 1.7 s: once it has passed, the next load (if no retry did first) reads the outbox and drops it
    const expiry = Date.now() + 1800;
    await until('the time to live to pass', () => Date.now() > expiry);
    await page.reload();
    await until('the drop', async () => (await recordedDrops(page)).length > 0);
    expect(await recordedDrops(page)).toEqual([{ reason: 'ttl', ids: [id] }]);
    server.faults.setMode('up');
    expect(await pending(page)).toBe(0);
    expect(server.answers()).toEqual([]);
  });
});
