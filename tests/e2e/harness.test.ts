import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer } from './harness/server';

const answer = (id: string) => ({
  id,
  survey: 'nps',
  score: 10,
  scale: { min: 0, max: 10 },
  segment: 'promoter',
  question: 'How likely are you to recommend Northwind Coffee to a friend or colleague?',
  locale: 'en',
  page: 'http://127.0.0.1/harness.html',
  visitorId: 'visitor-1',
  answeredAt: '2025-03-01T12:00:00.000Z',
  widget: 'hearken/0.1.0',
});

describeBrowser('e2e harness', () => {
  const server = useTestServer();
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it('serves a custom page with its headers, and a page posts answers that are stored once', async () => {
    server.page('/harness.html', '<!doctype html><title>harness</title><p>ready</p>', {
      'Content-Security-Policy': "default-src 'self'",
    });
    const response = await browser.page.goto(server.url + '/harness.html');
    expect(response?.headers()['content-security-policy']).toBe("default-src 'self'");
    await expect(browser.page.locator('p').textContent()).resolves.toBe('ready');

    const post = (body: unknown) =>
      browser.page.evaluate(async (b) => {
        const r = await fetch('/collect', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(b) });
        return { status: r.status, body: await r.json() };
      }, body);

    const first = await post({ answers: [answer('harness-1')], sentAt: new Date().toISOString() });
    expect(first).toEqual({ status: 200, body: { ok: true, stored: 1, duplicates: 0 } });
    const again = await post({ answers: [answer('harness-1')], sentAt: new Date().toISOString() });
    expect(again).toEqual({ status: 200, body: { ok: true, stored: 0, duplicates: 1 } });

    const readBack = await browser.page.evaluate(() => fetch('/collect').then((r) => r.json()));
    expect(readBack).toEqual({ answers: [expect.objectContaining(answer('harness-1'))] });
    expect(server.answers().map((a) => a.id)).toEqual(['harness-1']);
  });

  it('lets scripted faults reach the page: a dropped connection is a network error, not silently resent', async () => {
    await browser.page.goto(server.url + '/harness.html');
    const send = (id: string) =>
      browser.page.evaluate(async (body) => {
        try {
          const r = await fetch('/collect', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
          return r.status;
        } catch (e) {
          return (e as Error).name;
        }
      }, JSON.stringify({ answers: [answer(id)], sentAt: new Date().toISOString() }));

    server.faults.reset();
    server.faults.next(['drop', '429']);
    await expect(send('harness-2')).resolves.toBe('TypeError');
    await expect(send('harness-2')).resolves.toBe(429);
    server.faults.setMode('down');
    await expect(send('harness-2')).resolves.toBe('TypeError');
    server.faults.setMode('up');
    await expect(send('harness-2')).resolves.toBe(200);
    expect(server.faults.history).toEqual(['drop', '429', 'ok']);
    expect(server.answers().map((a) => a.id)).toEqual(['harness-1', 'harness-2']);
  });

  it('takes a beacon, and a preflighted POST from another origin (localhost)', async () => {
    server.page('/open.html', '<!doctype html><title>no CSP</title>');
    await browser.page.goto(server.url + '/open.html');
    const queued = await browser.page.evaluate(
      (body) => navigator.sendBeacon('/collect', body),
      JSON.stringify({ answers: [answer('harness-3')], sentAt: new Date().toISOString() }),
    );
    expect(queued).toBe(true);
    await server.waitForAnswers(3);

    const status = await browser.page.evaluate(
      async ({ url, body }) => {
        const r = await fetch(url + '/collect', { method: 'POST', headers: { 'Content-Type': 'application/json', 'X-Hearken': '1' }, body });
        return r.status;
      },
      { url: server.otherOrigin, body: JSON.stringify({ answers: [answer('harness-4')], sentAt: new Date().toISOString() }) },
    );
    expect(status).toBe(200);
    expect(server.answers().map((a) => a.id)).toContain('harness-4');
  });

  it('keeps IndexedDB across a reload and a restart of the browser on the same profile', async () => {
    await browser.page.goto(server.url + '/harness.html');
    await browser.page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('harness', 1);
          open.onupgradeneeded = () => open.result.createObjectStore('kv');
          open.onsuccess = () => {
            const tx = open.result.transaction('kv', 'readwrite');
            tx.objectStore('kv').put('kept', 'key');
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    const read = () =>
      browser.page.evaluate(
        () =>
          new Promise<unknown>((resolve) => {
            const open = indexedDB.open('harness', 1);
            open.onupgradeneeded = () => open.result.createObjectStore('kv');
            open.onsuccess = () => {
              const get = open.result.transaction('kv').objectStore('kv').get('key');
              get.onsuccess = () => (open.result.close(), resolve(get.result));
            };
          }),
      );
    await browser.page.reload();
    await expect(read()).resolves.toBe('kept');
    await browser.restart();
    await browser.page.goto(server.url + '/harness.html');
    await expect(read()).resolves.toBe('kept');
    expect(browser.logs.filter((l) => l.type == 'pageerror')).toEqual([]);
  });
});
