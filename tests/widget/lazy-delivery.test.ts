// @vitest-environment jsdom
/**
 * A delivery whose code comes when it is needed (src/widget/lazy-delivery.ts): nothing loaded on a page with nothing
 * waiting and no answer; an answer given before the code is here is kept in localStorage at once (a page left
 * meanwhile loses nothing) and handed over when the code arrives; a missing file is one [hearken] error.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Delivery } from '../../src/outbox/index';
import { lazyDelivery } from '../../src/widget/lazy-delivery';
import { answer } from '../outbox/helpers';
import { captureErrors, fakeDelivery, resetPage, settle } from '../dom';

let errors: ReturnType<typeof captureErrors>;
beforeEach(() => {
  resetPage();
  errors = captureErrors();
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (window as { indexedDB?: unknown }).indexedDB;
});

/** Gives the page (jsdom has none) an `indexedDB` read through `get`. */
const stubIndexedDb = (get: () => unknown) => Object.defineProperty(window, 'indexedDB', { configurable: true, get });

/** A lazy delivery whose code arrives when `arrive()` is called (or fails with `fail()`). */
function lazy() {
  const real = fakeDelivery();
  const waits: { resolve(d: Delivery): void; reject(e: Error): void }[] = [];
  const load = vi.fn(() => new Promise<Delivery>((resolve, reject) => waits.push({ resolve, reject })));
  const reported: string[] = [];
  const delivery = lazyDelivery({ window, load, report: (m) => reported.push(m), now: () => 1234 });
  const arrive = async () => (waits.shift()!.resolve(real.delivery), await settle());
  const fail = async () => (waits.shift()!.reject(new Error('could not load /dist/hearken-delivery.js: copy hearken-delivery.js beside hearken.js')), await settle());
  /** The oldest load never ends (cut short by the back/forward cache). */
  const hang = () => void waits.shift();
  return { delivery, load, real, arrive, fail, reported, hang };
}

const kept = () => Object.keys(localStorage).filter((k) => k.startsWith('hearken:rescue:'));

describe('lazyDelivery', () => {
  it('loads nothing at start when no answer waits, nor until one is given', async () => {
    const s = lazy();
    s.delivery.start();
    await settle();
    expect(s.load).not.toHaveBeenCalled();
  });

  it("opens the outbox's database at start, ahead of the code, and hands it to the delivery when it comes", async () => {
    const database = Promise.resolve({} as IDBDatabase);
    const open = vi.fn(() => database);
    stubIndexedDb(() => ({ open }));
    const s = lazy();
    expect(open).not.toHaveBeenCalled();
    s.delivery.start();
    expect(open).toHaveBeenCalledTimes(1);
    expect(s.load).not.toHaveBeenCalled();
    s.delivery.prepare();
    expect(s.load).toHaveBeenCalledWith(expect.any(Promise));
    await s.arrive();
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('starts without IndexedDB (or denied it): the code, when it comes, opens what it can', async () => {
    stubIndexedDb(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const s = lazy();
    s.delivery.start();
    s.delivery.prepare();
    expect(s.load).toHaveBeenCalledWith(undefined);
    expect(errors).not.toHaveBeenCalled();
  });

  it('loads the code at start when answers of an earlier page wait (the marker), and starts the delivery', async () => {
    localStorage.setItem('hearken:waiting', '99');
    const s = lazy();
    s.delivery.start();
    expect(s.load).toHaveBeenCalledTimes(1);
    await s.arrive();
    expect(s.real.delivery.start).toHaveBeenCalledTimes(1);
  });

  it('loads the code at start where localStorage is blocked: it cannot say that nothing waits', () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const s = lazy();
    s.delivery.start();
    expect(s.load).toHaveBeenCalledTimes(1);
  });

  it('keeps an answer given before the code is here in localStorage at once, with the marker, and resolves without waiting', async () => {
    const s = lazy();
    await s.delivery.add(answer('early'));
    expect(kept()).toEqual(['hearken:rescue:early']);
    expect(JSON.parse(localStorage.getItem('hearken:rescue:early')!).id).toBe('early');
    expect(localStorage.getItem('hearken:waiting')).toBe('1234');
    expect(s.load).toHaveBeenCalledTimes(1);
    // handed to the delivery once it comes, so that a page left from then on beacons it (its start also takes the
    // kept copy: the outbox keeps one entry per id)
    await s.arrive();
    expect(s.real.delivery.start).toHaveBeenCalledTimes(1);
    expect(s.real.added.map((a) => a.id)).toEqual(['early']);
    await s.delivery.add(answer('later'));
    expect(s.real.added.map((a) => a.id)).toEqual(['early', 'later']);
  });

  it('where localStorage is blocked, keeps answers in memory and hands them over once the code arrives', async () => {
    vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    const s = lazy();
    const added = s.delivery.add(answer('memory'));
    await s.arrive();
    await added;
    expect(s.real.added.map((a) => a.id)).toEqual(['memory']);
  });

  it('a file that cannot be loaded is one [hearken] error; the answer stays kept and the next need tries again', async () => {
    const s = lazy();
    await s.delivery.add(answer('a'));
    await s.fail();
    await s.delivery.add(answer('b'));
    await s.fail();
    expect(s.reported).toEqual([
      '[hearken] could not load the delivery: could not load /dist/hearken-delivery.js: copy hearken-delivery.js beside hearken.js (answers are kept until it loads)',
    ]);
    expect(kept().sort()).toEqual(['hearken:rescue:a', 'hearken:rescue:b']);
    s.delivery.prepare();
    expect(s.load).toHaveBeenCalledTimes(3);
    await s.arrive();
    expect(s.real.delivery.start).toHaveBeenCalledTimes(1);
    expect(errors).not.toHaveBeenCalled();
  });

  it('prepare(), flush() and pending() load the code once; flush and pending then go to the delivery', async () => {
    const s = lazy();
    s.delivery.prepare();
    const flushed = s.delivery.flush();
    const pending = s.delivery.pending();
    expect(s.load).toHaveBeenCalledTimes(1);
    await s.arrive();
    await flushed;
    expect(s.real.delivery.flush).toHaveBeenCalledTimes(1);
    expect(await pending).toBe(0);
  });

  it('a load cut short by the back/forward cache is begun again when the page is back; the kept answer goes to the delivery it brings', async () => {
    vi.useFakeTimers();
    try {
      const s = lazy();
      await s.delivery.add(answer('before'));
      expect(s.load).toHaveBeenCalledTimes(1);
      window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
      vi.advanceTimersByTime(0);
      expect(s.load).toHaveBeenCalledTimes(2);
      s.hang();
      await s.arrive();
      expect(s.real.delivery.start).toHaveBeenCalledTimes(1);
      // a page shown again from the cache with nothing loading loads nothing
      window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
      vi.advanceTimersByTime(0);
      expect(s.load).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('destroyed before the code arrives: the delivery is never started', async () => {
    const s = lazy();
    s.delivery.prepare();
    s.delivery.destroy();
    await s.arrive();
    expect(s.real.delivery.start).not.toHaveBeenCalled();
    s.delivery.destroy();
    expect(s.real.delivery.destroy).not.toHaveBeenCalled();
  });

  it('destroyed after: the delivery is destroyed', async () => {
    const s = lazy();
    s.delivery.prepare();
    await s.arrive();
    s.delivery.destroy();
    expect(s.real.delivery.destroy).toHaveBeenCalledTimes(1);
  });
});
