/**
 * The flusher (src/outbox/flusher.ts): what it sends, in which order and when — on its own over a scripted store,
 * transport, lock and clock; then two tabs sharing one store through real deliveries.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Clock } from '../../src/storage/index';
import type { OutboxEntry } from '../../src/outbox/storage/types';
import { createFlusher } from '../../src/outbox/flusher';
import { createLedger } from '../../src/outbox/ledger';
import { entryOf } from '../../src/outbox/storage/entry';
import type { Answer } from '../../src/surveys/types';
import type { TransportResult } from '../../src/transports/types';
import { memoryBackend as memoryStorage } from '../../src/outbox/storage/memory';
import { fakeStorage, fakeWindow } from './helpers';
import { advance, answer, scripted, setup } from './setup';

beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => void vi.useRealTimers());

/** A clock that moves only when the test moves it, running the timers that fall due in order. */
function testClock() {
  let now = 0;
  let next = 0;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: Clock = {
    now: () => now,
    setTimeout: (fn, ms) => (timers.set(++next, { at: now + ms, fn }), next),
    clearTimeout: (id) => void timers.delete(id as number),
  };
  /** Moves time on by `ms`, letting the flusher's promises settle around each timer. */
  async function pass(ms: number) {
    const end = now + ms;
    await settled();
    for (;;) {
      const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      timers.delete(due[0]);
      now = due[1].at;
      due[1].fn();
      await settled();
    }
    now = end;
  }
  return { clock, pass, pending: () => timers.size };
}

const settled = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

type Verdict = { status: 'accepted' } | { status: 'retry'; after?: number } | { status: 'reject'; reason: string };

/** A flusher over a store of `ids` (oldest first), a transport answering `verdicts` in order (then accepted), random 0.5. */
function flusherOf(ids: string[], verdicts: Verdict[] = [], parts: { maxBatch?: number; lockTaken?: boolean; noted?: Record<string, number> } = {}) {
  const time = testClock();
  let store: OutboxEntry[] = ids.map((id, i) => entryOf(answer(id), i));
  const ledger = createLedger();
  const batches: string[][] = [];
  const fail = vi.fn();
  const noted = parts.noted || {};
  const outbox = { read: vi.fn(async () => store.slice()), add: vi.fn(), finish: vi.fn() };
  const lock = {
    run: vi.fn(async (fn: (held: () => boolean) => Promise<void>) => (parts.lockTaken ? false : (await fn(() => true), true))),
    claim: vi.fn(),
    others: () => [],
  };
  const flusher = createFlusher({
    outbox,
    ledger,
    lock,
    note: { add: vi.fn(), left: (id) => Math.max(0, (noted[id] || 0) - time.clock.now()) },
    clock: time.clock,
    random: () => 0.5,
    maxBatch: () => parts.maxBatch || 20,
    fail,
    send: async (batch) => {
      batches.push(batch.map((e) => e.id));
      const verdict = verdicts.length ? verdicts.shift()! : { status: 'accepted' as const };
      if (verdict.status == 'accepted') store = store.filter((e) => !batch.includes(e));
      return verdict;
    },
  });
  return { flusher, batches, time, ledger, outbox, lock, fail, add: (id: string) => store.push(entryOf(answer(id), store.length + 100)) };
}

describe('createFlusher', () => {
  it('sends the whole store, oldest first, in batches of the transport size, reading it fresh each time', async () => {
    const f = flusherOf(['a', 'b', 'c', 'd', 'e'], [], { maxBatch: 2 });
    await f.flusher.flush('start');
    expect(f.batches).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(f.outbox.read).toHaveBeenCalledTimes(4);
    // what it read is what the unload path could send
    expect(f.ledger.known.size).toBe(0);
  });

  it('after a failure, waits a backoff with full jitter, growing with each failure, then tries again by itself', async () => {
    const f = flusherOf(['a'], [{ status: 'retry' }, { status: 'retry' }]);
    await f.flusher.flush('add');
    expect(f.batches).toEqual([['a']]);
    await f.time.pass(499); // random 0.5 of 1 s
    expect(f.batches).toHaveLength(1);
    await f.time.pass(1);
    expect(f.batches).toHaveLength(2);
    await f.time.pass(999); // random 0.5 of 2 s
    expect(f.batches).toHaveLength(2);
    await f.time.pass(1);
    expect(f.batches).toEqual([['a'], ['a'], ['a']]);
  });

  it("waits for the server's Retry-After: answers added meanwhile wait too, an explicit flush does not", async () => {
    const f = flusherOf(['a'], [{ status: 'retry', after: 60_000 }]);
    await f.flusher.flush('add');
    f.add('b');
    await f.flusher.flush('add');
    await f.time.pass(59_999);
    expect(f.batches).toEqual([['a']]);
    await f.time.pass(1);
    expect(f.batches).toEqual([['a'], ['a', 'b']]);
    const manual = flusherOf(['a'], [{ status: 'retry', after: 60_000 }]);
    await manual.flusher.flush('add');
    await manual.flusher.flush('manual');
    expect(manual.batches).toEqual([['a'], ['a']]);
  });

  it('coming back online starts the backoff over', async () => {
    const f = flusherOf(['a'], [{ status: 'retry' }, { status: 'retry' }, { status: 'retry' }]);
    await f.flusher.flush('add');
    await f.time.pass(500);
    await f.flusher.flush('online'); // fails a third time: the backoff is back at its first step
    await f.time.pass(499);
    expect(f.batches).toHaveLength(3);
    await f.time.pass(1);
    expect(f.batches).toHaveLength(4);
  });

  it('stops the round after two refusals in a row (an outage, 401/403); held answers wait 5 minutes', async () => {
    const f = flusherOf(['a', 'b', 'c'], [{ status: 'reject', reason: 'HTTP 401' }, { status: 'reject', reason: 'HTTP 401' }], { maxBatch: 1 });
    await f.flusher.flush('add');
    expect(f.batches).toEqual([['a'], ['b']]);
    f.flusher.hold(['a', 'b']);
    await f.flusher.flush('manual');
    expect(f.batches).toEqual([['a'], ['b'], ['c']]);
    await f.time.pass(299_999);
    expect(f.batches).toHaveLength(3);
    await f.time.pass(1);
    expect(f.batches).toEqual([['a'], ['b'], ['c'], ['a'], ['b']]);
  });

  it('one refusal does not stop the others', async () => {
    const f = flusherOf(['a', 'b', 'c'], [{ status: 'reject', reason: 'HTTP 400' }], { maxBatch: 1 });
    await f.flusher.flush('add');
    expect(f.batches).toEqual([['a'], ['b'], ['c']]);
  });

  it('a tab that finds the lock taken leaves the store to the other tab and looks again 1–2 s later', async () => {
    const f = flusherOf(['a'], [], { lockTaken: true });
    await f.flusher.flush('add');
    expect(f.batches).toEqual([]);
    expect(f.lock.run).toHaveBeenCalledTimes(1);
    await f.time.pass(1_499); // 1 s + random 0.5 of 1 s
    expect(f.lock.run).toHaveBeenCalledTimes(1);
    await f.time.pass(1);
    expect(f.lock.run).toHaveBeenCalledTimes(2);
  });

  it('leaves an answer another page beaconed until its note expires, then sends it without being asked', async () => {
    const f = flusherOf(['a', 'b'], [], { noted: { a: 8_000 } });
    await f.flusher.flush('start');
    expect(f.batches).toEqual([['b']]);
    await f.time.pass(7_999);
    expect(f.batches).toEqual([['b']]);
    await f.time.pass(1);
    expect(f.batches).toEqual([['b'], ['a']]);
  });

  it('a flush asked for while one runs makes it go round again, once', async () => {
    const f = flusherOf(['a']);
    const first = f.flusher.flush('add');
    f.add('b');
    const second = f.flusher.flush('add');
    void f.flusher.flush('add');
    await Promise.all([first, second]);
    expect(f.batches).toEqual([['a'], ['b']]);
    expect(f.lock.run).toHaveBeenCalledTimes(2);
  });

  it('never rejects: a store that cannot be read is reported, and nothing is sent', async () => {
    const f = flusherOf(['a']);
    f.outbox.read.mockRejectedValueOnce(new Error('disk gone'));
    await expect(f.flusher.flush('start')).resolves.toBeUndefined();
    expect(f.fail).toHaveBeenCalledWith('outbox read failed', expect.any(Error));
    expect(f.batches).toEqual([]);
  });

  it('once stopped, sends nothing more and leaves no timer running', async () => {
    const f = flusherOf(['a'], [{ status: 'retry' }]);
    await f.flusher.flush('add');
    f.flusher.hold(['a']);
    f.flusher.stop();
    expect(f.time.pending()).toBe(0);
    await f.flusher.flush('manual');
    await f.time.pass(600_000);
    expect(f.batches).toEqual([['a']]);
  });
});

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
      clock: { now: () => Date.now(), setTimeout: (fn, ms) => (alive ? setTimeout(fn, ms) : 0), clearTimeout: (id) => clearTimeout(id as never) },
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
