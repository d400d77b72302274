/**
 * Delivery of many or large answers, in real Chromium against the demo collector: two tabs coming back online
 * together, a 100 KB comment in several scripts, and more than a beacon can carry pending when the page is left.
 */
import { Buffer } from 'node:buffer';
import { expect, it } from 'vitest';
import type { Answer } from '../../src/surveys/types';
import { describeBrowser } from './harness/browser';
import { answerByUi, expectDeliveredOnce, failCollectorFetch, fixturePage, madeIds, pending, until, useDeliverySession } from './delivery-helpers';

describeBrowser('delivery of many and large answers', () => {
  const s = useDeliverySession({ '/delivery.html': fixturePage(), '/rtl.html': fixturePage({}, 'he'), '/elsewhere.html': '<!doctype html><title>elsewhere</title><p>no widget here</p>' });
  const server = s.server;

  it('two tabs with answers waiting offline come online together: every answer is stored once', async () => {
    const a = s.browser.page;
    const b = await s.browser.context.newPage();
    await a.goto(server.url + '/delivery.html');
    await b.goto(server.url + '/delivery.html');
    // one answer each while online (this also loads the prompt UI, which offline could not)
    await a.bringToFront();
    await answerByUi(a, 1, 'online-a', 'tab-a');
    await b.bringToFront();
    await answerByUi(b, 2, 'online-b', 'tab-b');
    await until('the online answers', () => server.answers().length == 2);

    await s.browser.context.setOffline(true);
    const comments = ['online-a', 'online-b'];
    for (let i = 0; i < 3; i++) {
      for (const [name, page] of [['a', a], ['b', b]] as const) {
        const c = `offline-${name}-${i}`;
        comments.push(c);
        // the visitor switches tabs (the one left becomes hidden, which is an unload moment for hearken)
        await page.bringToFront();
        await answerByUi(page, i + 3, c, 'tab-' + name);
      }
    }
    await until('eight answer events', async () => (await madeIds(a)).length == 8);
    expect(server.answers()).toHaveLength(2);
    await s.browser.context.setOffline(false);

    await expectDeliveredOnce(server, { ids: await madeIds(a), comments, total: 8 });
    await until('empty outboxes', async () => (await pending(a)) == 0 && (await pending(b)) == 0);
    // the tabs raced to flush, and each had beaconed its answers when it was left: still no id in two requests at once
    expect(s.requests.flights.filter((f) => f.ids.length).length).toBeGreaterThan(2);
    expect(s.requests.overlaps()).toEqual([]);
  });

  it('a 100 KB comment in Hebrew, Arabic and emoji is stored byte for byte', async () => {
    const { page } = s.browser;
    const piece = 'שלום עולם, מה שלומך? مرحبا بالعالم، كيف حالك؟ 😀👍🏽👨‍👩‍👧 café ﷺ \u200Fא1\u200E ';
    let comment = 'start ';
    while (Buffer.byteLength(comment) < 100_000) comment += piece;
    comment += 'end 🏁';
    await page.goto(server.url + '/rtl.html');
    await answerByUi(page, 10, comment);
    const [stored] = await expectDeliveredOnce(server, { ids: await madeIds(page), comments: [comment], total: 1 });
    expect(stored.locale).toBe('he');
    const fromFile = ((await server.store.query()) as Answer[])[0].comment!;
    expect(Buffer.from(fromFile).equals(Buffer.from(comment))).toBe(true);
    expect(Buffer.byteLength(fromFile)).toBeGreaterThan(100_000);
  });

  it('over 64 KiB pending when the page is left: beacons under 64 KiB each, the next visit sends the rest, each answer stored once', async () => {
    const { page } = s.browser;
    await s.browser.context.addInitScript(failCollectorFetch);
    // the pages' clock is the test's: the next visit's wait for the beacons to time out is run through, not sat out
    await page.clock.install();
    await page.goto(server.url + '/delivery.html');
    const comments: string[] = [];
    for (let i = 0; i < 6; i++) {
      const c = `big-${i} ` + 'x'.repeat(20_000);
      comments.push(c);
      await answerByUi(page, i, c);
    }
    await until('six answer events', async () => (await madeIds(page)).length == 6);
    const ids = await madeIds(page);
    expect(server.answers()).toEqual([]);
    const left = Date.now();

    // Leaving the page: pagehide hands what waits to beacons, split under 64 KiB. Chromium lets at most 64 KiB of
    // keepalive data be in flight per page (a second 60 KB beacon is refused), so one part leaves now and the
    // rest stays in the outbox for the next visit.
    await page.goto(server.url + '/elsewhere.html');
    const log = JSON.parse(await page.evaluate(() => sessionStorage.getItem('beacons') || '[]')) as { bytes: number; ok: boolean }[];
    expect(log.length).toBeGreaterThan(0);
    for (const b of log) expect(b.bytes).toBeLessThan(65536);
    expect(log[0].ok).toBe(true);
    await until('the first beacon to arrive', () => server.answers().length > 0);
    const beacons = s.requests.posts().filter((h) => h.t >= left);
    for (const h of beacons) {
      expect(h.type).toMatch(/^text\/plain/);
      expect(h.bytes).toBeLessThan(65536);
    }
    expect(server.answers().length).toBeLessThan(6);

    // the next visit resends what the beacons took (the collector dedups) and empties the outbox
    await page.evaluate(() => sessionStorage.setItem('allowFetch', '1'));
    await page.goto(server.url + '/delivery.html');
    // (it sends once the beacons would have timed out, 10 s: the test moves the clock a second at each look)
    await until('an empty outbox', async () => (await page.clock.runFor(1000), (await pending(page)) == 0));
    await expectDeliveredOnce(server, { ids, comments, total: 6 });
  });
});
