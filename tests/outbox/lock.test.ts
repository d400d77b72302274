import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLock } from '../../src/outbox/lock';
import { safeStorage } from '../../src/storage/index';
import { fakeStorage, fakeWindow } from './helpers';

beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
afterEach(() => void vi.useRealTimers());

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

const set = (fn: () => void, ms: number) => setTimeout(fn, ms);
const clear = (id: unknown) => clearTimeout(id as number);
/** A tab's lock over its window's localStorage, with a 20 s lease. */
const lockIn = (win: Window, name: string, owner: string, setT: (fn: () => void, ms: number) => unknown = set) =>
  createLock({ window: win, name, owner, clock: { now: Date.now, setTimeout: setT, clearTimeout: clear }, leaseMs: 20_000, store: safeStorage(() => win.localStorage) });

describe('lease lock (no Web Locks)', () => {
  function tabs() {
    const shared = new Map<string, string>();
    const tab = (owner: string, setT: (fn: () => void, ms: number) => unknown = set) => lockIn(fakeWindow({ localStorage: fakeStorage(shared).storage }), 'hearken:flush', owner, setT);
    return { shared, tab };
  }

  it('lets one tab flush at a time, and the other once it is done', async () => {
    const { tab } = tabs();
    const a = tab('a');
    const b = tab('b');
    const gate = deferred();
    const ranA = a.run(() => gate.promise);
    await vi.advanceTimersByTimeAsync(100);
    const fnB = vi.fn(async () => {});
    expect(await b.run(fnB)).toBe(false);
    expect(fnB).not.toHaveBeenCalled();
    gate.resolve();
    expect(await ranA).toBe(true);
    const ranB = b.run(fnB);
    await vi.advanceTimersByTimeAsync(100);
    expect(await ranB).toBe(true);
    expect(fnB).toHaveBeenCalledTimes(1);
  });

  it('renews the lease while a long flush runs', async () => {
    const { tab } = tabs();
    const a = tab('a');
    const gate = deferred();
    let held: () => boolean = () => false;
    void a.run((h) => ((held = h), gate.promise));
    await vi.advanceTimersByTimeAsync(60_000); // three lease terms
    expect(held()).toBe(true);
    expect(await tab('b').run(async () => {})).toBe(false);
    gate.resolve();
  });

  it('hands over when the flushing tab dies: its lease expires', async () => {
    const { tab } = tabs();
    // a dead tab runs no more timers, so it never renews
    const dead = tab('dead', (fn, ms) => (ms <= 50 ? setTimeout(fn, ms) : 0));
    void dead.run(() => new Promise(() => {}));
    await vi.advanceTimersByTimeAsync(100);
    const b = tab('b');
    expect(await b.run(async () => {})).toBe(false);
    await vi.advanceTimersByTimeAsync(20_000);
    const fnB = vi.fn(async () => {});
    const ran = b.run(fnB);
    await vi.advanceTimersByTimeAsync(100);
    expect(await ran).toBe(true);
    expect(fnB).toHaveBeenCalled();
  });

  it('tells a tab whose lease was taken over that it no longer holds the lock', async () => {
    const { tab, shared } = tabs();
    const a = tab('a');
    const gate = deferred();
    let held: () => boolean = () => true;
    void a.run((h) => ((held = h), gate.promise));
    await vi.advanceTimersByTimeAsync(100);
    shared.set('hearken:flush', JSON.stringify({ owner: 'b', expires: Date.now() + 20_000 }));
    expect(held()).toBe(false);
    gate.resolve();
  });

  it('ignores a lease written before the clock was set back', async () => {
    const { tab, shared } = tabs();
    shared.set('hearken:flush', JSON.stringify({ owner: 'ghost', expires: Date.now() + 365 * 864e5 }));
    const ran = tab('a').run(async () => {});
    await vi.advanceTimersByTimeAsync(100);
    expect(await ran).toBe(true);
  });

  it('just runs when there is no localStorage to coordinate through', async () => {
    const lock = lockIn(fakeWindow({}), 'l', 'a');
    expect(await lock.run(async () => {})).toBe(true);
  });
});

describe('Web Locks', () => {
  /** navigator.locks with ifAvailable semantics, shared by tabs. */
  function lockManager() {
    const held = new Set<string>();
    return {
      held,
      async request(name: string, _options: { ifAvailable?: boolean }, fn: (lock: unknown) => Promise<unknown>) {
        if (held.has(name)) return fn(null);
        held.add(name);
        try {
          return await fn({ name });
        } finally {
          held.delete(name);
        }
      },
    };
  }

  it('uses navigator.locks.request with ifAvailable, one tab at a time', async () => {
    const locks = lockManager();
    const request = vi.spyOn(locks, 'request');
    const tab = (owner: string) => lockIn(fakeWindow({ navigator: { locks } }), 'hearken:flush', owner);
    const a = tab('a');
    const gate = deferred();
    const ranA = a.run(() => gate.promise);
    expect(await tab('b').run(async () => {})).toBe(false);
    expect(request).toHaveBeenCalledWith('hearken:flush', { ifAvailable: true }, expect.any(Function));
    gate.resolve();
    expect(await ranA).toBe(true);
    expect(await tab('b').run(async () => {})).toBe(true);
  });

  it('falls back to the lease when Web Locks refuse (opaque origin)', async () => {
    const locks = { request: () => Promise.reject(Object.assign(new Error('denied'), { name: 'SecurityError' })) };
    const local = fakeStorage();
    const lock = lockIn(fakeWindow({ navigator: { locks }, localStorage: local.storage }), 'l', 'a');
    let leased: unknown;
    const ran = lock.run(async () => void (leased = JSON.parse(local.shared.get('l')!).owner));
    await vi.advanceTimersByTimeAsync(100);
    expect(await ran).toBe(true);
    expect(leased).toBe('a');
    expect(local.shared.has('l')).toBe(false);
  });
});
