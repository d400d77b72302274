import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer, TransportResult } from '../../src/types';
import { memoryStorage } from '../../src/outbox/storage/memory';
import { resolveTransport } from '../../src/transports/index';
import { fakeStorage, fakeWindow } from './helpers';
import { advance, answer, scripted, setup, tick } from './setup';

beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => void vi.useRealTimers());

describe('two tabs sharing one store', () => {
  it('never has the same id in flight twice, and delivers every answer', async () => {
    const storage = memoryStorage(); // stands for the IndexedDB both tabs open
    const shared = new Map<string, string>(); // their localStorage
    const flying = new Set<string>();
    const overlaps: string[] = [];
    let calls = 0;
    const slow = async (batch: Answer[]): Promise<TransportResult> => {
      batch.forEach((a) => (flying.has(a.id) ? overlaps.push(a.id) : flying.add(a.id)));
      await new Promise((resolve) => setTimeout(resolve, 300));
      batch.forEach((a) => flying.delete(a.id));
      // the endpoint fails now and then: answers go back to the store for whichever tab flushes next
      return ++calls % 3 == 0 ? { status: 'retry', reason: 'HTTP 503' } : { status: 'accepted' };
    };
    const tab = () => setup({ storage, window: fakeWindow({ localStorage: fakeStorage(shared).storage }), transport: scripted([], slow) as never, random: Math.random });
    const a = tab();
    const b = tab();
    a.delivery.start();
    b.delivery.start();
    for (let i = 0; i < 6; i++) {
      await a.delivery.add(answer('a' + i));
      await b.delivery.add(answer('b' + i));
      await advance(120);
    }
    await advance(120_000);
    expect(overlaps).toEqual([]);
    expect(await a.delivery.pending()).toBe(0);
    expect(new Set([...a.sentIds(), ...b.sentIds()]).size).toBe(12);
    // one tab sent the other's answers: it read the shared store fresh
    expect(a.sentIds().some((id) => id[0] == 'b') || b.sentIds().some((id) => id[0] == 'a')).toBe(true);
  });

  it('lets another tab take over when the flushing tab dies mid-request (its lease expires)', async () => {
    const storage = memoryStorage();
    const shared = new Map<string, string>();
    let alive = true;
    const dying = setup({
      storage,
      window: fakeWindow({ localStorage: fakeStorage(shared).storage }),
      transport: scripted([], 'hang') as never,
      // a dead tab runs no more timers: no renewal, no timeout
      setTimeout: (fn, ms) => (alive ? setTimeout(fn, ms) : 0),
    });
    await dying.delivery.add(answer('a'));
    await advance(100);
    expect(dying.transport.send).toHaveBeenCalledTimes(1);
    alive = false;
    const other = setup({ storage, window: fakeWindow({ localStorage: fakeStorage(shared).storage }) });
    other.delivery.start();
    await advance(5_000);
    expect(other.transport.send).not.toHaveBeenCalled(); // the lease is still valid
    await advance(30_000);
    expect(other.sentIds()).toEqual(['a']);
    expect(await other.delivery.pending()).toBe(0);
  });

  it("flushes another tab's answers that arrive while it holds the lock", async () => {
    const storage = memoryStorage();
    const shared = new Map<string, string>();
    const a = setup({ storage, window: fakeWindow({ localStorage: fakeStorage(shared).storage }), transport: scripted([], () => new Promise((r) => setTimeout(() => r({ status: 'accepted' }), 1000))) as never });
    const b = setup({ storage, window: fakeWindow({ localStorage: fakeStorage(shared).storage }), transport: scripted([], 'hang') as never });
    await a.delivery.add(answer('a'));
    await advance(200); // a holds the lock, its request takes a second
    await b.delivery.add(answer('b'));
    await advance(5_000);
    expect(b.transport.send).not.toHaveBeenCalled();
    expect(a.sentIds()).toEqual(['a', 'b']);
  });
});

describe('the unload path (pagehide, hidden)', () => {
  function page(storage = memoryStorage(), replies: ('throw' | 'hang')[] = ['throw']) {
    const unloadTransport = { ...scripted(), queued: true as const };
    const t = setup({ storage, replies, unloadTransport });
    t.delivery.start();
    return { ...t, unloadTransport };
  }

  it('beacons unsent answers synchronously on pagehide and keeps them until a later flush confirms', async () => {
    const storage = memoryStorage();
    const first = page(storage);
    await first.delivery.add(answer('a'));
    await tick();
    first.window!.dispatchEvent(new Event('pagehide'));
    // synchronously: the page may be gone after this event
    expect(first.unloadTransport.calls.map((c) => [c.ids, c.context.unload])).toEqual([[['a'], true]]);
    await tick();
    expect(await first.delivery.pending()).toBe(1);
    expect(first.sentIds()).toEqual([]);
    // this page's backoff timer does not resend it right away
    await advance(60_000);
    expect(first.transport.send).toHaveBeenCalledTimes(1);
    first.delivery.destroy();
    // the next page load resends it for confirmation (the collector dedups by id)
    const next = page(storage, []);
    await tick();
    expect(next.sentIds()).toEqual(['a']);
    expect(await next.delivery.pending()).toBe(0);
  });

  it('sends an answer committed during pagehide, before its write to storage has finished', async () => {
    const unloadTransport = { ...scripted(), queued: true as const };
    const { delivery, window } = setup({ replies: ['throw'], unloadTransport });
    // the widget commits a picked score from its own pagehide listener, registered before delivery's
    window!.addEventListener('pagehide', () => void delivery.add(answer('late')));
    delivery.start();
    window!.dispatchEvent(new Event('pagehide'));
    expect(unloadTransport.calls.map((c) => c.ids)).toEqual([['late']]);
    await tick();
    expect(await delivery.pending()).toBe(1); // and it is stored, for the next visit to confirm
  });

  it('on the next visit, a beaconed answer whose first resend fails follows the backoff, not a 5-minute wait', async () => {
    const storage = memoryStorage();
    const first = page(storage);
    await first.delivery.add(answer('a'));
    await tick();
    first.window!.dispatchEvent(new Event('pagehide'));
    await tick();
    first.delivery.destroy();
    // the collector is still down when the next page starts, and back a moment later
    const next = page(storage, ['throw']);
    await advance(10_000);
    expect(next.sentIds()).toEqual(['a']);
  });

  it('also runs when the page becomes hidden', async () => {
    const { delivery, window, unloadTransport } = page();
    await delivery.add(answer('a'));
    await tick();
    (window!.document as { visibilityState: string }).visibilityState = 'hidden';
    window!.document.dispatchEvent(new Event('visibilitychange'));
    expect(unloadTransport.calls.map((c) => c.ids)).toEqual([['a']]);
  });

  it('leaves out answers in flight in this tab or claimed by another tab', async () => {
    const shared = new Map<string, string>();
    const unloadTransport = scripted();
    const t = setup({ window: fakeWindow({ localStorage: fakeStorage(shared).storage }), replies: ['hang'], unloadTransport });
    t.delivery.start();
    await t.delivery.add(answer('flying'));
    await advance(100);
    expect(t.transport.calls.map((c) => c.ids)).toEqual([['flying']]);
    await t.delivery.add(answer('claimed'));
    await t.delivery.add(answer('free'));
    shared.set('hearken:flush', JSON.stringify({ o: 'another-tab', e: Date.now() + 10_000, i: ['claimed'] }));
    t.window!.dispatchEvent(new Event('pagehide'));
    expect(unloadTransport.calls.map((c) => c.ids)).toEqual([['free']]);
  });

  it('with the built-in fetch transport: a beacon on pagehide, chunks under 64 KiB, a fetch on the next visit', async () => {
    const storage = memoryStorage();
    const beacons: { url: string; type: string; size: number }[] = [];
    const sendBeacon = vi.fn((url: string, blob: Blob) => (beacons.push({ url, type: blob.type, size: blob.size }), true));
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    const win = fakeWindow({ navigator: { sendBeacon } });
    const transport = resolveTransport('fetch', { endpoint: 'https://c.example/answers', window: win, fetch: fetch as never });
    const first = setup({ storage, window: win, transport: transport as never });
    first.delivery.start();
    const big = 'x'.repeat(40_000);
    await first.delivery.add(answer('a', big));
    await first.delivery.add(answer('b', big));
    await first.delivery.add(answer('huge', 'y'.repeat(70_000)));
    await tick();
    win.dispatchEvent(new Event('pagehide'));
    await tick();
    expect(beacons.map((b) => b.type.toLowerCase())).toEqual(['text/plain;charset=utf-8', 'text/plain;charset=utf-8']);
    expect(beacons.every((b) => b.size < 65_536 && b.url == 'https://c.example/answers')).toBe(true);
    // the answer too large for a beacon is left for fetch, not dropped
    expect(first.events('drop')).toEqual([]);
    expect(await first.delivery.pending()).toBe(3);
    first.delivery.destroy();

    fetch.mockImplementation((async () => new Response(null, { status: 204 })) as never);
    const next = setup({ storage, window: win, transport: transport as never });
    next.delivery.start();
    await tick();
    expect(next.sentIds().sort()).toEqual(['a', 'b', 'huge']);
    expect(await next.delivery.pending()).toBe(0);
  });
});
