import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { TransportResult } from '../../src/transports/types';
import { createDelivery } from '../../src/outbox/delivery';
import { memoryBackend as memoryStorage } from '../../src/outbox/storage/memory';
import { fetchTransport } from '../../src/transports/fetch';
import { advance, answer, scripted, setup, tick } from './setup';
import { entryOf } from '../../src/outbox/storage/entry';
import { fakeStorage, fakeWindow } from './helpers';

beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => void vi.useRealTimers());

const retry = (after?: number): TransportResult => (after === undefined ? { status: 'retry', reason: 'HTTP 503' } : { status: 'retry', after, reason: 'HTTP 503' });

describe('createDelivery: storing and sending', () => {
  it('stores the answer before add resolves and before any request', async () => {
    const { delivery, transport, storage } = setup();
    let storedAtSend: string[] = [];
    transport.fallback = async () => ((storedAtSend = (await storage.all()).map((e) => e.id)), { status: 'accepted' });
    const added = delivery.add(answer('a'));
    expect(transport.send).not.toHaveBeenCalled();
    await added;
    expect((await storage.all()).map((e) => e.id)).toEqual(['a']);
    await tick();
    expect(storedAtSend).toEqual(['a']);
  });

  it.each([200, 201, 202, 204])('removes answers the endpoint accepted with HTTP %i and reports them as sent', async (status) => {
    const fetch = vi.fn(async () => new Response(null, { status }));
    const { delivery, sentIds } = setup({ transport: fetchTransport({ endpoint: 'https://c.example/a', fetch }) as never });
    await delivery.add(answer('a'));
    await tick();
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(sentIds()).toEqual(['a']);
    expect(await delivery.pending()).toBe(0);
  });

  it('sends in batches of the transport maxBatch, oldest first', async () => {
    const { delivery, transport, storage } = setup();
    transport.maxBatch = 2;
    for (const id of ['a', 'b', 'c']) await storage.add(entryOf(answer(id), Date.now()));
    await delivery.flush();
    expect(transport.calls.map((c) => c.ids)).toEqual([['a', 'b'], ['c']]);
    expect(await delivery.pending()).toBe(0);
  });

  it('flushes answers left by an earlier visit on start', async () => {
    const storage = memoryStorage();
    const first = setup({ storage, replies: ['throw'] });
    await first.delivery.add(answer('a'));
    await tick();
    first.delivery.destroy();
    const second = setup({ storage });
    second.delivery.start();
    await tick();
    expect(second.sentIds()).toEqual(['a']);
    expect(await second.delivery.pending()).toBe(0);
  });

  // Widgets of an app with other transports share the origin's one outbox. Each sent every waiting answer through
  // its own transport: support's CSAT, its endpoint down, went into dataLayer with its comment and contact (found by
  // the framework developer audit).
  it('sends only the answers of its own destination, and leaves the others to theirs', async () => {
    const storage = memoryStorage();
    const support = setup({ storage, destination: 'http', replies: ['throw'] });
    await support.delivery.add(answer('csat'));
    await tick();
    const marketing = setup({ storage, destination: 'dataLayer' });
    await storage.add(entryOf(answer('from-0.1'), Date.now())); // an entry of 0.1, with no destination
    await marketing.delivery.add(answer('nps'));
    await tick();
    expect(marketing.transport.calls.flatMap((call) => call.ids).sort()).toEqual(['from-0.1', 'nps']);
    expect(await marketing.delivery.pending()).toBe(0);
    expect(await support.delivery.pending()).toBe(1);
    await support.delivery.flush();
    expect(support.sentIds()).toEqual(['csat']);
  });

  // a transport the owner changed leaves the answers waiting for the old one with no page to send them: they would
  // keep the marker set (and every page view loading the delivery) for ever
  it('drops another destination\'s answers once past their time to live, however long since their own delivery aged them', async () => {
    const storage = memoryStorage();
    const old = setup({ storage, destination: 'segment', replies: ['throw'] });
    await old.delivery.add(answer('stale'));
    await tick();
    old.delivery.destroy();
    vi.setSystemTime(Date.now() + 29 * 864e5);
    const current = setup({ storage, destination: 'http' });
    await current.delivery.flush();
    expect((await storage.all()).map((entry) => entry.id)).toEqual(['stale']);
    vi.setSystemTime(Date.now() + 2 * 864e5);
    await current.delivery.flush();
    expect(current.transport.calls).toEqual([]);
    expect(current.events('drop')).toEqual([{ answers: [expect.objectContaining({ id: 'stale' })], reason: 'ttl' }]);
    expect(await storage.all()).toEqual([]);
  });

  it("puts an answer kept at a page's exit back as its own destination's: the next page's dataLayer widget does not send the collector's", async () => {
    const storage = memoryStorage();
    const shared = new Map<string, string>();
    // page 1: support's CSAT to the collector (http); its outbox write never lands, and its beacon fails
    const stuck = { ...storage, add: () => new Promise<void>(() => {}) };
    const first = setup({
      storage: stuck as never,
      destination: 'http',
      replies: ['throw'],
      unloadTransport: { ...scripted([{ status: 'retry', reason: 'HTTP 503' }]), queued: true } as never,
      window: fakeWindow({ localStorage: fakeStorage(shared).storage }),
    });
    first.delivery.start();
    void first.delivery.add(answer('support-csat', 'call me on my mobile'));
    await tick();
    first.window!.dispatchEvent(new Event('pagehide'));
    first.delivery.destroy();
    expect(shared.has('hearken:rescue:support-csat')).toBe(true);
    // page 2: only marketing's widget, pushing into dataLayer
    const next = setup({ storage, destination: 'dataLayer', window: fakeWindow({ localStorage: fakeStorage(shared).storage }) });
    next.delivery.start();
    await tick();
    await advance(60_000);
    expect(next.sentIds()).not.toContain('support-csat');
    // kept in the outbox as the collector's, for its own widget, and no longer in localStorage
    expect((await storage.all()).map((entry) => [entry.id, entry.to])).toEqual([['support-csat', 'http']]);
    expect(shared.has('hearken:rescue:support-csat')).toBe(false);
    // page 3: support's widget again: it sends it
    const support = setup({ storage, destination: 'http', window: fakeWindow({ localStorage: fakeStorage(shared).storage }) });
    support.delivery.start();
    await tick();
    await advance(60_000);
    expect(support.sentIds()).toContain('support-csat');
  });

  it("drops another destination's answers by their own time to live, not by the reading widget's ttlDays", async () => {
    const storage = memoryStorage();
    // support: the collector (default 30 days), down; marketing: dataLayer, kept 1 day; support's, 60 days
    const support = setup({ storage, destination: 'http', replies: ['throw'] });
    await support.delivery.add(answer('csat'));
    const longer = setup({ storage, destination: 'segment', ttlMs: 60 * 864e5, replies: ['throw'] });
    await longer.delivery.add(answer('nps'));
    await tick();
    support.delivery.destroy();
    longer.delivery.destroy();
    vi.setSystemTime(Date.now() + 2 * 864e5);
    const marketing = setup({ storage, destination: 'dataLayer', ttlMs: 864e5 });
    await marketing.delivery.flush();
    expect(marketing.events('drop')).toEqual([]);
    expect((await storage.all()).map((entry) => entry.id).sort()).toEqual(['csat', 'nps']);
    // past support's 30 days, within the other's 60: only support's goes
    vi.setSystemTime(Date.now() + 29 * 864e5);
    await marketing.delivery.flush();
    expect(marketing.events('drop')).toEqual([{ answers: [expect.objectContaining({ id: 'csat' })], reason: 'ttl' }]);
    expect((await storage.all()).map((entry) => entry.id)).toEqual(['nps']);
  });

  it('caps and ages only the answers of its own destination', async () => {
    const storage = memoryStorage();
    const support = setup({ storage, destination: 'http', replies: ['throw', 'throw', 'throw'] });
    for (const id of ['s1', 's2', 's3']) await support.delivery.add(answer(id));
    const marketing = setup({ storage, destination: 'dataLayer', maxEntries: 1, replies: ['throw'] });
    await marketing.delivery.add(answer('nps'));
    await tick();
    expect(marketing.events('drop')).toEqual([]);
    expect((await storage.all()).map((entry) => entry.id).sort()).toEqual(['nps', 's1', 's2', 's3']);
  });

  it('works without a window (server-side rendering): memory, no listeners, no throw', async () => {
    const { delivery } = setup({ window: undefined, storage: undefined, transport: scripted(['hang']) as never });
    delivery.start();
    await delivery.add(answer('a'));
    expect(await delivery.pending()).toBe(1);
    delivery.destroy();
  });
});

describe('createDelivery: retries', () => {
  it.each([
    ['a network error', 'throw' as const],
    ['HTTP 408/425/429/5xx', retry()],
    ['an opaque response', { status: 'retry', reason: 'opaque response' } as TransportResult],
  ])('keeps the answer after %s and retries with backoff', async (_, reply) => {
    const { delivery, transport, sentIds } = setup({ replies: [reply] });
    await delivery.add(answer('a'));
    await tick();
    expect(await delivery.pending()).toBe(1);
    // random 0.5 → first retry after 500 ms
    await advance(499);
    expect(transport.send).toHaveBeenCalledTimes(1);
    await advance(1);
    expect(transport.send).toHaveBeenCalledTimes(2);
    expect(sentIds()).toEqual(['a']);
    expect(await delivery.pending()).toBe(0);
  });

  it('doubles the wait after each failure, up to 5 minutes', async () => {
    const { delivery, transport } = setup({ random: () => 0.999999, replies: Array(12).fill(retry()) });
    await delivery.add(answer('a'));
    await tick();
    const times: number[] = [];
    const start = Date.now();
    transport.send.mockImplementation((() => (times.push(Date.now() - start), Promise.resolve(retry()))) as never);
    await advance(30 * 60_000);
    const gaps = times.map((t, i) => t - (i ? times[i - 1] : 0));
    expect(gaps.slice(0, 6)).toEqual([999, 1999, 3999, 7999, 15999, 31999]);
    expect(Math.max(...gaps)).toBeLessThan(300_000);
    expect(gaps.slice(-2).every((g) => g > 290_000)).toBe(true);
  });

  it('honours Retry-After, also against answers added meanwhile', async () => {
    const { delivery, transport, sentIds } = setup({ replies: [retry(120_000)] });
    await delivery.add(answer('a'));
    await tick();
    await advance(60_000);
    await delivery.add(answer('b'));
    await advance(59_000);
    expect(transport.send).toHaveBeenCalledTimes(1);
    await advance(1000);
    expect(transport.send).toHaveBeenCalledTimes(2);
    expect(sentIds()).toEqual(['a', 'b']);
  });

  it('caps a Retry-After at 5 minutes', async () => {
    const { delivery, transport } = setup({ replies: [retry(3_600_000)] });
    await delivery.add(answer('a'));
    await tick();
    await advance(300_000);
    expect(transport.send).toHaveBeenCalledTimes(2);
  });

  it('counts a transport that never settles as failed after the timeout, aborting its signal', async () => {
    const { delivery, transport, sentIds } = setup({ replies: ['hang'], timeoutMs: 10_000 });
    await delivery.add(answer('a'));
    await tick();
    const { signal } = transport.calls[0].context;
    await advance(9_999);
    expect(signal.aborted).toBe(false);
    await advance(1);
    expect(signal.aborted).toBe(true);
    await advance(500);
    expect(transport.send).toHaveBeenCalledTimes(2);
    expect(sentIds()).toEqual(['a']);
  });

  // Values that cannot be printed ('' + a null-prototype object throws, JSON.stringify of a BigInt throws) once
  // left the batch marked in flight, never sent again by that page.
  it.each([
    ['rejects or returns nonsense', () => Promise.reject(new Error('boom')), () => 'ok'],
    ['rejects with or returns values that cannot be printed', () => Promise.reject(Object.create(null)), () => ({ status: 'x', n: 1n })],
  ])('retries, and does not get stuck, when a transport %s', async (_, reject, nonsense) => {
    const { delivery, sentIds } = setup({ replies: [reject, nonsense as never] });
    await delivery.add(answer('a'));
    await tick();
    await advance(500);
    expect(sentIds()).toEqual([]);
    await advance(1000);
    expect(sentIds()).toEqual(['a']);
    expect(await delivery.pending()).toBe(0);
  });

  it('flushes at once when the browser comes back online', async () => {
    const { delivery, transport, window, sentIds } = setup({ transport: scripted([], 'throw') as never });
    delivery.start();
    await delivery.add(answer('a'));
    await advance(10_000); // attempts at 0, 0.5, 1.5, 3.5, 7.5 s; the next would be at 15.5 s
    expect(transport.send).toHaveBeenCalledTimes(5);
    transport.fallback = { status: 'accepted' };
    window!.dispatchEvent(new Event('online'));
    await tick();
    expect(transport.send).toHaveBeenCalledTimes(6);
    expect(sentIds()).toEqual(['a']);
  });
});

describe('createDelivery: too large and refused batches', () => {
  it('splits a batch on 413 and drops a single answer that is still too large', async () => {
    const tooBig = (batch: { id: string }[]): TransportResult => (batch.length > 1 || batch[0].id == 'big' ? { status: 'too-large' } : { status: 'accepted' });
    const { delivery, transport, storage, sentIds, events } = setup({ transport: scripted([], tooBig as never) as never });
    for (const id of ['a', 'big', 'c', 'd']) await storage.add(entryOf(answer(id), Date.now()));
    await delivery.flush();
    expect(transport.calls.map((c) => c.ids)).toEqual([['a', 'big', 'c', 'd'], ['a', 'big'], ['a'], ['big'], ['c', 'd'], ['c'], ['d']]);
    expect(sentIds()).toEqual(['a', 'c', 'd']);
    expect(events('drop')).toEqual([{ answers: [answer('big')], reason: 'too-large' }]);
    expect(await delivery.pending()).toBe(0);
  });

  it.each([400, 401, 403])('keeps answers refused with HTTP %i, says why, and retries every 5 minutes', async (status) => {
    const { delivery, transport, events, sentIds } = setup({ replies: [{ status: 'reject', reason: 'HTTP ' + status }] });
    await delivery.add(answer('a'));
    await tick();
    expect(events('error')).toEqual([{ message: expect.stringMatching(new RegExp('^\\[hearken\\].*HTTP ' + status)), cause: expect.anything() }]);
    expect(await delivery.pending()).toBe(1);
    await advance(299_000);
    expect(transport.send).toHaveBeenCalledTimes(1);
    await advance(1000);
    expect(sentIds()).toEqual(['a']);
  });

  it('keeps answers the endpoint answered through a redirect (a 302 to a 200 login page), says so, and retries', async () => {
    const login = { status: 200, type: 'basic', redirected: true, url: 'https://c.example/login', headers: new Headers() };
    const fetch = vi.fn(async () => login);
    const { delivery, events, sentIds } = setup({ transport: fetchTransport({ endpoint: 'https://c.example/old', fetch: fetch as never }) as never });
    await delivery.add(answer('a'));
    await tick();
    expect(sentIds()).toEqual([]);
    expect(await delivery.pending()).toBe(1);
    expect(events('error').map((e: { message: string }) => e.message)).toEqual([
      expect.stringMatching(/^\[hearken\] .*endpoint refused 1 answer.*redirected to https:\/\/c\.example\/login \(HTTP 200\); set the endpoint to the final URL$/),
    ]);
    await advance(300_000);
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(await delivery.pending()).toBe(1);
  });

  it('still sends new answers while a refused one waits (one bad answer blocks nothing)', async () => {
    const { delivery, transport, sentIds } = setup({ replies: [{ status: 'reject', reason: 'HTTP 400' }] });
    await delivery.add(answer('bad'));
    await tick();
    await delivery.add(answer('good'));
    await tick();
    expect(transport.calls.map((c) => c.ids)).toEqual([['bad'], ['good']]);
    expect(sentIds()).toEqual(['good']);
    expect(await delivery.pending()).toBe(1);
  });

  it('keeps refused answers through a 401 outage until their time to live, then reports them dropped', async () => {
    const { delivery, transport, events } = setup({ ttlMs: 3_600_000, transport: scripted([], { status: 'reject', reason: 'HTTP 401' }) as never });
    await delivery.add(answer('a'));
    await tick();
    await advance(55 * 60_000);
    expect(await delivery.pending()).toBe(1);
    expect(transport.send.mock.calls.length).toBe(12); // every 5 minutes
    await advance(5 * 60_000);
    expect(await delivery.pending()).toBe(0);
    expect(events('drop')).toEqual([{ answers: [answer('a')], reason: 'ttl' }]);
  });
});

describe('createDelivery: caps and lifecycle', () => {
  it('evicts the oldest answers beyond maxEntries with a drop event', async () => {
    const { delivery, events } = setup({ maxEntries: 2, transport: scripted([], 'hang') as never });
    for (const id of ['a', 'b', 'c']) {
      await delivery.add(answer(id));
      await advance(10);
    }
    expect(await delivery.pending()).toBe(2);
    expect(events('drop')).toEqual([{ answers: [answer('a')], reason: 'cap' }]);
  });

  it('destroy detaches listeners, stops timers and aborts the request in flight', async () => {
    const { delivery, transport, window } = setup({ replies: ['hang'] });
    delivery.start();
    await delivery.add(answer('a'));
    await tick();
    delivery.destroy();
    expect(transport.calls[0].context.signal.aborted).toBe(true);
    window!.dispatchEvent(new Event('online'));
    await advance(600_000);
    expect(transport.send).toHaveBeenCalledTimes(1);
    expect(await delivery.pending()).toBe(1);
  });

  it('never lets an event listener that throws break delivery', async () => {
    const transport = scripted();
    const errorSpy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const delivery = createDelivery({ transport, window: undefined, emit: () => { throw new Error('host bug'); } });
    await delivery.add(answer('a'));
    await tick();
    expect(await delivery.pending()).toBe(0);
    errorSpy.mockRestore();
  });
});

describe('createDelivery: storage trouble', () => {
  it('falls back to memory with one warning and an error event, and still delivers (no unhandled rejection)', async () => {
    const { fakeStorage, fakeWindow, watchUnhandled } = await import('./helpers');
    const { IDBFactory } = await import('fake-indexeddb');
    const unhandled = watchUnhandled();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const indexedDB = new IDBFactory();
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw Object.assign(new Error('private mode'), { name: 'InvalidStateError' });
    });
    const local = fakeStorage();
    local.state.fail = 'all';
    const transport = scripted(['throw']);
    const emit = vi.fn();
    const delivery = createDelivery({ transport, emit, window: fakeWindow({ indexedDB, localStorage: local.storage }), random: () => 0.5 });
    delivery.start();
    await delivery.add(answer('a'));
    await advance(1000);
    expect(emit.mock.calls.filter((c) => c[0] == 'sent')).toEqual([['sent', { answers: [answer('a')] }]]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^\[hearken\] IndexedDB failed .*memory only/);
    expect(emit.mock.calls.filter((c) => c[0] == 'error')).toHaveLength(1);
    await tick();
    warn.mockRestore();
    expect(unhandled.stop()).toEqual([]);
  });

  it('does not hold an answer back when IndexedDB hangs: it times out and falls back', async () => {
    const { fakeWindow } = await import('./helpers');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const hung = { open: () => ({}) } as unknown as IDBFactory; // a request whose events never fire
    const delivery = createDelivery({ transport: scripted(['hang']), emit: vi.fn(), window: fakeWindow({ indexedDB: hung }) });
    let stored = false;
    void delivery.add(answer('a')).then(() => (stored = true));
    await advance(4_999);
    expect(stored).toBe(false);
    await advance(1);
    expect(stored).toBe(true);
    expect(await delivery.pending()).toBe(1);
    warn.mockRestore();
  });
});
