/**
 * Shared pieces of the delivery e2e suites (tests/e2e/delivery-*.test.ts): a fixture page, a recorder of what
 * the page produced, a helper that answers through the real prompt UI, a log of the requests the collector
 * received, and the one assertion every suite ends with — each answer stored exactly once.
 */
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { Buffer } from 'node:buffer';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect } from 'vitest';
import type { Answer } from '../../src/surveys/types';
import { launchBrowser, type BrowserSession } from './harness/browser';
import { useTestServer, type TestServer } from './harness/server';
import { PARTS } from './harness/prompt-parts';

/**
 * A 4 s request timeout (`data-timeout-ms`; the default is 10 s), for the tests whose page follows one that beaconed
 * an answer: that page waits the request timeout before it sends the answer again (outbox/sent.ts), which with the
 * default was most of those tests' time. Spread into `fixturePage`'s attributes.
 */
export const QUICK_TIMEOUT = { 'timeout-ms': '4000' };

/** A page with the script tag: prompts only when asked, a short thank-you; `attrs` adds or replaces `data-*`. */
export function fixturePage(attrs: Record<string, string> = {}, lang = 'en'): string {
  const all: Record<string, string> = { endpoint: '/collect', trigger: 'manual', 'auto-close-ms': '30', ...attrs };
  const data = Object.entries(all)
    .map(([k, v]) => ` data-${k}="${v}"`)
    .join('');
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>delivery</title></head><body><main id="slots"></main><script src="/dist/hearken.js"${data}></script></body></html>`;
}

/**
 * An init script: records the ids of `answer` events, `drop` events and `error` messages of `window.Hearken`
 * in `window.__made / __drops / __errors` and, per document, in localStorage (`__hk:made:<doc>`), so ids
 * survive reloads and closed tabs. It hooks the assignment of `window.Hearken`, before any prompt exists.
 */
export function recorder(): void {
  const w = window as unknown as Record<string, unknown>;
  const doc = Math.random().toString(36).slice(2);
  const lists: Record<string, unknown[]> = { made: [], drops: [], errors: [] };
  w.__made = lists.made;
  w.__drops = lists.drops;
  w.__errors = lists.errors;
  const save = (name: string, value: unknown) => {
    lists[name].push(value);
    try {
      localStorage.setItem('__hk:' + name + ':' + doc, JSON.stringify(lists[name]));
    } catch {
      // storage blocked on purpose by a test: the window copy remains
    }
  };
  let real: { on(event: string, fn: (payload: never) => void): unknown } | undefined;
  Object.defineProperty(window, 'Hearken', {
    configurable: true,
    get: () => real,
    set(v) {
      real = v;
      v.on('answer', (a: { id: string }) => save('made', a.id));
      v.on('drop', (d: { reason: string; answers: { id: string }[] }) => save('drops', { reason: d.reason, ids: d.answers.map((a) => a.id) }));
      v.on('error', (e: { message: string }) => save('errors', e.message));
    },
  });
}

/** Ids of every `answer` event recorded on this origin (all documents, via localStorage) or, without storage, on this page. */
export function madeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ids = new Set<string>(((window as unknown as { __made?: string[] }).__made || []).slice());
    try {
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i)!;
        if (k.indexOf('__hk:made:') == 0) (JSON.parse(localStorage.getItem(k)!) as string[]).forEach((id) => ids.add(id));
      }
    } catch {
      // blocked
    }
    return [...ids];
  });
}

/** Drops recorded on this origin (every document). */
export function recordedDrops(page: Page): Promise<{ reason: string; ids: string[] }[]> {
  return page.evaluate(() => {
    const out: { reason: string; ids: string[] }[] = [];
    try {
      for (let i = 0; i < localStorage.length; i++) {
        const k = localStorage.key(i)!;
        if (k.indexOf('__hk:drops:') == 0) out.push(...JSON.parse(localStorage.getItem(k)!));
      }
    } catch {
      out.push(...((window as unknown as { __drops: typeof out }).__drops || []));
    }
    return out;
  });
}

/**
 * An init script: the page's fetch of /collect fails like a flaky network (sendBeacon is untouched) until
 * a page starts with sessionStorage `allowFetch` set, so answers wait in the outbox without any request racing the test.
 * It also logs the beacons the page queued (sessionStorage `beacons`): their size and whether the browser took them.
 */
export function failCollectorFetch(): void {
  const real = window.fetch;
  // read once, as the document starts: a test sets it for the next page, and the page it leaves must not take it (its
  // retry, due in the moment between the flag and the navigation, raced the next page's beacon under load)
  const allowed = !!sessionStorage.getItem('allowFetch');
  window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
    const url = typeof input == 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!allowed && url.indexOf('/collect') >= 0) return Promise.reject(new TypeError('Failed to fetch (test)'));
    return real.call(this, input, init);
  };
  const beacon = navigator.sendBeacon.bind(navigator);
  navigator.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
    const ok = beacon(url, data);
    const log = JSON.parse(sessionStorage.getItem('beacons') || '[]');
    log.push({ bytes: data instanceof Blob ? data.size : -1, ok });
    sessionStorage.setItem('beacons', JSON.stringify(log));
    return ok;
  };
}

let slots = 0;

/**
 * Answers NPS through the real UI: `Hearken.show('nps', { target })` into a fresh inline slot (only consent can
 * stop an inline prompt), a click on the score's radio, the comment typed (filled), then Send. Tabs answering
 * at once pass distinct `touchpoint`s: an answer in one tab closes the same survey's open prompt in the others.
 */
export async function answerByUi(page: Page, score: number, comment?: string, touchpoint?: string): Promise<void> {
  const slot = 'slot-' + ++slots;
  await page.evaluate(
    ([id, tp]) => {
      const el = document.createElement('div');
      el.id = id!;
      document.getElementById('slots')!.append(el);
      (window as unknown as { Hearken: { show(s: string, o: object): void } }).Hearken.show('nps', { target: el, ...(tp && { touchpoint: tp }) });
    },
    [slot, touchpoint],
  );
  const prompt = page.locator(`#${slot} hearken-prompt`);
  await prompt.locator('[role=radio]').nth(score).click();
  if (comment !== undefined) await prompt.locator('textarea').fill(comment);
  await prompt.locator(PARTS.send).click();
}

/** Waits (polling, not sleeping) until `check()` is true; fails with `what` after `ms`. */
export async function until(what: string, check: () => boolean | Promise<boolean>, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`[hearken] timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** How many answers the page's outbox still holds (every tab's): its IndexedDB store, as the outbox keeps it. */
export function pending(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('hearken');
        // no database yet: not made here (the outbox makes it with its store), so nothing waits
        let fresh = false;
        open.onupgradeneeded = () => ((fresh = true), open.transaction!.abort());
        open.onerror = () => (fresh ? resolve(0) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('outbox')) return db.close(), resolve(0);
          const count = db.transaction('outbox').objectStore('outbox').count();
          count.onsuccess = () => (db.close(), resolve(count.result));
          count.onerror = () => (db.close(), reject(count.error));
        };
      }),
  );
}

/** One HTTP request a test server received. */
export interface Hit {
  /** Date.now() when its headers were parsed. */
  t: number;
  method: string;
  path: string;
  /** Content-Type, e.g. `text/plain;charset=UTF-8` for a beacon. */
  type: string;
  /** Content-Length (0 when absent). */
  bytes: number;
}

/** One POST /collect as the server saw it: from its headers to the end of its response (or connection). */
export interface Flight extends Hit {
  /** Date.now() when the response was finished or the connection closed; Infinity while open. */
  end: number;
  /** The answer ids in its body, before any dedup ([] when the body was not read or not a batch). */
  ids: string[];
}

/**
 * Records every request a server on `port()` receives, from Node's `http.server.request.start` channel (the
 * demo server is not changed for it), and of each POST /collect its answer ids and when it ended. Also hooks
 * `faults.take` to time each outcome the collector applied, and the store's `add` to see each write the collector
 * made (a request whose tab was closed still writes: its connection's end says nothing of that).
 */
export function recordRequests(server: TestServer) {
  const hits: Hit[] = [];
  const flights: Flight[] = [];
  const outcomes: { t: number; outcome: string }[] = [];
  const onRequest = (message: unknown) => {
    const { request, response, server: s } = message as { request: IncomingMessage; response: ServerResponse; server: Server };
    const address = s.address();
    if (!address || typeof address != 'object' || address.port != server.port) return;
    const hit: Hit = {
      t: Date.now(),
      method: request.method || '',
      path: (request.url || '').split('?')[0],
      type: String(request.headers['content-type'] || ''),
      bytes: Number(request.headers['content-length'] || 0),
    };
    hits.push(hit);
    if (hit.method != 'POST' || hit.path != '/collect') return;
    const flight: Flight = { ...hit, end: Infinity, ids: [] };
    flights.push(flight);
    // a second listener: the collector's own, added in the same tick, gets the same chunks
    const chunks: Buffer[] = [];
    request.on('data', (c: Buffer) => chunks.push(c));
    request.on('end', () => {
      try {
        flight.ids = (JSON.parse(Buffer.concat(chunks).toString('utf8')) as { answers: Answer[] }).answers.map((a) => a.id);
      } catch {
        // not a batch: the collector refuses it
      }
    });
    response.once('close', () => (flight.end = Date.now()));
  };
  subscribe('http.server.request.start', onRequest);
  const writes: { t: number; ids: string[] }[] = [];
  const store = server.store as { add(batch: Answer[]): Promise<unknown> };
  const add = store.add;
  store.add = async (batch) => {
    try {
      return await add.call(store, batch);
    } finally {
      writes.push({ t: Date.now(), ids: batch.map((a) => a.id) });
    }
  };
  const faults = server.faults;
  const take = faults.take;
  faults.take = () => {
    const outcome = take();
    outcomes.push({ t: Date.now(), outcome });
    return outcome;
  };
  return {
    hits,
    flights,
    outcomes,
    /** The store's writes, as each ended (stored or found already there), with their answers' ids. */
    writes,
    /** POSTs to /collect. */
    posts: () => hits.filter((h) => h.method == 'POST' && h.path == '/collect'),
    /**
     * Ids that were in two POSTs at once, as the server saw them. A request is open at the server for less time
     * than at the browser, so each one is an id the browser had in flight twice. A resend after a lost response
     * or a timeout does not count: the first request had ended (its connection closed) before it.
     */
    overlaps(): string[] {
      const twice = new Set<string>();
      flights.forEach((f, i) =>
        flights.slice(i + 1).forEach((g) => f.t < g.end && g.t < f.end && f.ids.filter((id) => g.ids.includes(id)).forEach((id) => twice.add(id))),
      );
      return [...twice];
    },
    reset() {
      hits.length = 0;
      flights.length = 0;
      outcomes.length = 0;
      writes.length = 0;
    },
    stop() {
      unsubscribe('http.server.request.start', onRequest);
      faults.take = take;
      store.add = add;
    },
  };
}

/** Ids in the collector's store, in the order they were stored (duplicates kept). */
export async function fileIds(server: TestServer): Promise<string[]> {
  return ((await server.store.query()) as Answer[]).map((a) => a.id);
}

/**
 * THE promise: waits until the collector holds every expected answer, then asserts zero lost and zero duplicate:
 * each id in `ids` and each comment in `comments` (a token naming an answer made through the UI, whose id the
 * page may not have reported before it was left) is stored exactly once, nothing else is stored, and the
 * collector's file has no duplicate line. Resolves with the stored answers.
 */
export async function expectDeliveredOnce(server: TestServer, expected: { ids?: string[]; comments?: string[]; total: number }, ms = 20_000): Promise<Answer[]> {
  const ids = expected.ids || [];
  const comments = expected.comments || [];
  const have = () => {
    const stored = server.answers();
    const storedIds = new Set(stored.map((a) => a.id));
    const storedComments = new Set(stored.map((a) => a.comment));
    return ids.every((id) => storedIds.has(id)) && comments.every((c) => storedComments.has(c)) && stored.length >= expected.total;
  };
  await until(`${expected.total} answers stored (have ${server.answers().length})`, have, ms).catch(() => undefined);
  await server.feed.sync();
  const stored = server.answers();
  const lines = await fileIds(server);
  const count = (list: (string | undefined)[], x: string) => list.filter((y) => y === x).length;
  const short = (c: string) => (c.length > 40 ? c.slice(0, 40) + '…' : c);
  const lost = ids.filter((id) => count(lines, id) == 0).concat(comments.filter((c) => count(stored.map((a) => a.comment), c) == 0).map(short));
  const duplicates = lines.filter((id, i) => lines.indexOf(id) != i);
  expect({ lost, duplicates, storedIds: new Set(lines).size, fileLines: lines.length }).toEqual({
    lost: [],
    duplicates: [],
    storedIds: expected.total,
    fileLines: expected.total,
  });
  for (const c of comments) expect(count(stored.map((a) => a.comment), c)).toBe(1);
  return stored;
}

/** What a delivery suite works with: the demo server, the request log, and the browser of the current test. */
export interface DeliverySession {
  server: TestServer;
  requests: ReturnType<typeof recordRequests>;
  browser: BrowserSession;
}

/**
 * The hooks every delivery suite shares (call it inside `describeBrowser`): the demo server serving `pages`
 * (path → HTML), a log of its requests, and per test a reset collector (then `reset`, for a suite's own fault
 * settings), a fresh browser recording answers, and no page error at the end.
 */
export function useDeliverySession(pages: Record<string, string>, reset: (server: TestServer) => void = () => {}): DeliverySession {
  const s = { server: useTestServer() } as DeliverySession;
  beforeAll(() => {
    for (const path of Object.keys(pages)) s.server.page(path, pages[path]!);
    s.requests = recordRequests(s.server);
  });
  afterAll(() => s.requests?.stop());
  beforeEach(async () => {
    s.server.faults.reset();
    reset(s.server);
    await s.server.clear();
    s.requests.reset();
    s.browser = await launchBrowser();
    await s.browser.context.addInitScript(recorder);
  });
  afterEach(async () => {
    expect(s.browser.logs.filter((l) => l.type == 'pageerror')).toEqual([]);
    await s.browser.close();
  });
  return s;
}
