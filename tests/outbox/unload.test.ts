/**
 * The unload path (src/outbox/unload.ts): what a page hidden or left hands to the beacon, what it notes for the
 * other pages of the origin, and what it keeps for the next page; first on its own, then through a delivery.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OutboxEntry } from '../../src/outbox/storage/types';
import { createUnload, windowLeave } from '../../src/outbox/unload';
import { createLedger } from '../../src/outbox/ledger';
import { entryOf } from '../../src/outbox/storage/entry';
import { memoryBackend as memoryStorage } from '../../src/outbox/storage/memory';
import { resolveTransport } from '../../src/transports/index';
import { fakeStorage, fakeWindow } from './helpers';
import { advance, answer, scripted, setup, tick } from './setup';

beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => void vi.useRealTimers());

/** An unload over a ledger that knows `ids` (stored at `storedAt` = their index, so in that order by age). */
function unloading(ids: string[], parts: { others?: string[]; noted?: string[]; maxBatch?: number } = {}) {
  const ledger = createLedger();
  ids.forEach((id, i) => ledger.known.set(id, { ...entryOf(answer(id), i) }));
  const sent: [string[], boolean][] = [];
  const deps = {
    ledger,
    lock: { run: vi.fn(), claim: vi.fn(), others: () => parts.others || [] },
    note: { add: vi.fn(), left: (id: string) => ((parts.noted || []).includes(id) ? 5_000 : 0) },
    rescue: { keep: vi.fn(), take: vi.fn() },
    send: vi.fn(async (batch: OutboxEntry[], unload: boolean) => (sent.push([batch.map((e) => e.id), unload]), { status: 'accepted' as const })),
    maxBatch: () => parts.maxBatch || 20,
  };
  return { unload: createUnload(deps), deps, ledger, sent };
}

describe('createUnload', () => {
  it('hands every known answer to the unload transport at once, oldest first, in batches of its size', () => {
    const { unload, sent, ledger } = unloading(['c', 'a', 'b']);
    ledger.known.get('c')!.age = 9_000;
    unload();
    expect(sent).toEqual([[['c', 'a', 'b'], true]]);
    const small = unloading(['a', 'b', 'c', 'd', 'e'], { maxBatch: 2 });
    small.unload();
    expect(small.sent).toEqual([[['a', 'b'], true], [['c', 'd'], true], [['e'], true]]);
  });

  it('notes what it hands over, so no page of the origin sends it again before the note expires', () => {
    const { unload, deps } = unloading(['a', 'b']);
    unload();
    expect(deps.note.add).toHaveBeenCalledWith(['a', 'b']);
  });

  it('leaves out what another tab is sending, what another page noted, and what this page sent, sends or beaconed', () => {
    const { unload, sent, ledger, deps } = unloading(['claimed', 'noted', 'settled', 'flying', 'held', 'beaconed', 'free'], { others: ['claimed'], noted: ['noted'] });
    ledger.known.set('settled', entryOf(answer('settled'), 0));
    ledger.settle(['settled']);
    ledger.flying(['flying'], true);
    ledger.hold(['held']);
    ledger.beaconed(['beaconed']);
    unload();
    expect(sent).toEqual([[['free'], true]]);
    expect(deps.note.add).toHaveBeenCalledWith(['free']);
  });

  it('keeps for the next page only the answers whose outbox write has not landed', () => {
    const { unload, ledger, deps } = unloading(['stored', 'unsaved', 'unsaved-but-sent']);
    ledger.unsaved.add('unsaved');
    ledger.unsaved.add('unsaved-but-sent');
    ledger.settle(['unsaved-but-sent']);
    unload();
    expect(deps.rescue.keep).toHaveBeenCalledWith([answer('unsaved')]);
  });

  it('sends nothing, and notes nothing, when nothing is known', () => {
    const { unload, sent, deps } = unloading([]);
    unload();
    expect(sent).toEqual([]);
    expect(deps.note.add).toHaveBeenCalledWith([]);
  });
});

describe('windowLeave', () => {
  it('calls back on pagehide and when the page becomes hidden, not when it becomes visible; and stops when told', () => {
    const win = fakeWindow({});
    const send = vi.fn();
    const stop = windowLeave(win)(send);
    win.dispatchEvent(new Event('pagehide'));
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(send).toHaveBeenCalledTimes(1);
    win.document.visibilityState = 'hidden';
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(send).toHaveBeenCalledTimes(2);
    stop();
    win.dispatchEvent(new Event('pagehide'));
    win.document.dispatchEvent(new Event('visibilitychange'));
    expect(send).toHaveBeenCalledTimes(2);
  });
});

describe('the unload path (pagehide, hidden)', () => {
  type Unloader = ReturnType<typeof scripted> & { queued?: true };
  /** The collector is down: every fetch fails. */
  const down = () => scripted([], 'throw');
  /** A page of one origin: its outbox (`storage`) and localStorage (`shared`) are the origin's; a beacon on unload. */
  function page(storage = memoryStorage(), shared = new Map<string, string>(), transport = down(), unloadTransport: Unloader = { ...scripted(), queued: true }) {
    const t = setup({ storage, transport: transport as never, unloadTransport, window: fakeWindow({ localStorage: fakeStorage(shared).storage }) });
    t.delivery.start();
    return { ...t, unloadTransport };
  }
  /** Leaves the page: pagehide, and the page is gone. Returns when the beacon left. */
  function leave(p: ReturnType<typeof page>) {
    p.window!.dispatchEvent(new Event('pagehide'));
    p.delivery.destroy();
    return Date.now();
  }

  it('beacons unsent answers synchronously on pagehide and keeps them until a later flush confirms', async () => {
    const first = page();
    await first.delivery.add(answer('a'));
    await advance(100);
    first.window!.dispatchEvent(new Event('pagehide'));
    // synchronously: the page may be gone after this event
    expect(first.unloadTransport.calls.map((c) => [c.ids, c.context.unload])).toEqual([[['a'], true]]);
    await tick();
    expect(await first.delivery.pending()).toBe(1);
    expect(first.sentIds()).toEqual([]);
  });

  it.each([
    ['a beacon', () => ({ ...scripted(), queued: true as const })],
    ['a keepalive fetch the closing page never saw answered', () => scripted([], 'hang')],
  ])('the next page does not resend what %s took until the request timeout has passed, then confirms it once', async (_, unloader) => {
    const storage = memoryStorage();
    const shared = new Map<string, string>();
    const first = page(storage, shared, down(), unloader());
    await first.delivery.add(answer('a'));
    await advance(100);
    const left = leave(first);
    expect(first.unloadTransport.calls.map((c) => c.ids)).toEqual([['a']]);
    await advance(50);
    // the reload: its start-up flush finds the answer, which the beacon may still be carrying
    const next = page(storage, shared, scripted());
    await advance(2_000);
    void next.delivery.flush(); // an explicit flush waits too
    await advance(left + 9_999 - Date.now());
    expect(next.transport.send).not.toHaveBeenCalled();
    // no other flush is needed: the one that found it waiting woke up for it
    await advance(200);
    expect(next.transport.calls.map((c) => c.ids)).toEqual([['a']]);
    expect(next.sentIds()).toEqual(['a']);
    expect(await next.delivery.pending()).toBe(0);
  });

  it('on the next visit, a beaconed answer whose first resend fails follows the backoff, not a 5-minute wait', async () => {
    const storage = memoryStorage();
    const shared = new Map<string, string>();
    const first = page(storage, shared);
    await first.delivery.add(answer('a'));
    await advance(100);
    leave(first);
    // the collector is still down when the wait ends, and back a moment later
    const next = page(storage, shared, scripted(['throw']));
    await advance(11_000);
    expect(next.transport.send).toHaveBeenCalledTimes(2);
    expect(next.sentIds()).toEqual(['a']);
  });

  it('a tab that stays open leaves what a closing tab beaconed for the request timeout, then sends it', async () => {
    const storage = memoryStorage();
    const shared = new Map<string, string>();
    const open = page(storage, shared, scripted(['throw']));
    const closing = page(storage, shared);
    await closing.delivery.add(answer('x'));
    await advance(100); // the open tab tried it first, and failed
    expect(open.transport.calls.map((c) => c.ids)).toEqual([['x']]);
    const left = leave(closing);
    expect(closing.unloadTransport.calls.map((c) => c.ids)).toEqual([['x']]);
    // its backoff timer, and a flush for a new answer, come while the beacon may still travel
    await open.delivery.add(answer('y'));
    await advance(left + 9_999 - Date.now());
    expect(open.transport.calls.map((c) => c.ids)).toEqual([['x'], ['y']]);
    await advance(200);
    expect(open.transport.calls.map((c) => c.ids)).toEqual([['x'], ['y'], ['x']]);
    expect(await open.delivery.pending()).toBe(0);
  });

  it('a closing tab leaves out what another closing tab beaconed a moment before', async () => {
    const storage = memoryStorage();
    const shared = new Map<string, string>();
    const b = page(storage, shared);
    const c = page(storage, shared);
    await b.delivery.add(answer('x'));
    await advance(3_000); // both tabs have tried it (and failed): both know it
    expect([...b.transport.calls, ...c.transport.calls].map((call) => call.ids)).toContainEqual(['x']);
    expect(c.transport.calls.length).toBeGreaterThan(0);
    leave(b);
    await advance(1_000);
    leave(c);
    expect(b.unloadTransport.calls.map((call) => call.ids)).toEqual([['x']]);
    expect(c.unloadTransport.calls).toEqual([]);
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

  it('keeps an answer whose outbox write had not landed when the page was left, for the next page to store and send', async () => {
    const storage = memoryStorage();
    const shared = new Map<string, string>();
    // the first page's write never lands (an IndexedDB write begun while a page unloads), and its beacon is lost
    const stuck = { ...storage, add: () => new Promise<void>(() => {}) };
    const first = page(stuck as typeof storage, shared);
    void first.delivery.add(answer('a'));
    await tick();
    leave(first);
    expect(first.unloadTransport.calls.map((c) => c.ids)).toEqual([['a']]);
    expect(await storage.all()).toEqual([]);
    expect(JSON.parse(shared.get('hearken:rescue:a')!).answer.id).toBe('a');
    const next = page(storage, shared, scripted());
    await tick();
    expect((await storage.all()).map((e) => e.id)).toEqual(['a']);
    expect(shared.has('hearken:rescue:a')).toBe(false);
    await advance(11_000); // the wait for the first page's beacon
    expect(next.sentIds()).toEqual(['a']);
    expect(await next.delivery.pending()).toBe(0);
  });

  it('keeps nothing for the next page when the answers were stored before the page was left', async () => {
    const shared = new Map<string, string>();
    const first = page(memoryStorage(), shared);
    await first.delivery.add(answer('a'));
    await tick();
    leave(first);
    expect(shared.has('hearken:rescue:a')).toBe(false);
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
    shared.set('hearken:flush', JSON.stringify({ owner: 'another-tab', expires: Date.now() + 10_000, ids: ['claimed'] }));
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
