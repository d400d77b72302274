import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openStorage } from '../../../src/outbox/storage/index';
import type { OutboxEntry } from '../../../src/outbox/storage/types';
import { answer, fakeStorage, fakeWindow, upgradeDatabase, watchUnhandled } from '../helpers';
import { entryOf } from '../../../src/outbox/storage/entry';

const entry = (id: string): OutboxEntry => entryOf(answer(id), 1);
const ids = (list: OutboxEntry[]) => list.map((e) => e.id).sort();

let warn: ReturnType<typeof vi.spyOn>;
let unhandled: ReturnType<typeof watchUnhandled>;

beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  unhandled = watchUnhandled();
});
afterEach(() => {
  warn.mockRestore();
  expect(unhandled.stop()).toEqual([]);
});

describe('openStorage', () => {
  it('keeps answers in IndexedDB across page loads, without a warning', async () => {
    const indexedDB = new IDBFactory();
    const first = openStorage(fakeWindow({ indexedDB, localStorage: fakeStorage().storage }));
    await first.add(entry('a'));
    await first.add(entry('b'));
    await first.remove(['a']);
    const reload = openStorage(fakeWindow({ indexedDB, localStorage: fakeStorage().storage }));
    expect(reload.kind).toBe('IndexedDB');
    expect(ids(await reload.all())).toEqual(['b']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('updates only entries still stored (another tab may have delivered them)', async () => {
    const s = openStorage(fakeWindow({ indexedDB: new IDBFactory() }));
    await s.add(entry('a'));
    await s.update([{ ...entry('a'), age: 5 }, { ...entry('gone'), age: 5 }]);
    expect(await s.all()).toEqual([{ ...entry('a'), age: 5 }]);
  });

  it('removes only what is stored, and says which: two tabs removing one id learn that one of them did', async () => {
    const indexedDB = new IDBFactory();
    const [one, two] = [0, 1].map(() => openStorage(fakeWindow({ indexedDB, localStorage: fakeStorage().storage })));
    await one.add(entry('a'));
    await one.add(entry('b'));
    const [first, second] = await Promise.all([one.remove(['a', 'b', 'never']), two.remove(['a'])]);
    expect([first.sort(), second]).toEqual([['a', 'b'], []]);
    // in localStorage (an earlier visit's answers) too
    const local = fakeStorage();
    local.shared.set('hearken:outbox:old', JSON.stringify(entry('old')));
    const s = openStorage(fakeWindow({ indexedDB: new IDBFactory(), localStorage: local.storage }));
    expect(await s.remove(['old', 'x'])).toEqual(['old']);
    expect(await s.remove(['old'])).toEqual([]);
  });

  it('falls back to localStorage with one warning when opening IndexedDB throws', async () => {
    const indexedDB = new IDBFactory();
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw Object.assign(new Error('The operation is insecure.'), { name: 'SecurityError' });
    });
    const local = fakeStorage();
    const onFallback = vi.fn();
    const s = openStorage(fakeWindow({ indexedDB, localStorage: local.storage }), { onFallback });
    await s.add(entry('a'));
    await s.add(entry('b'));
    expect(s.kind).toBe('localStorage');
    expect(ids(await s.all())).toEqual(['a', 'b']);
    expect(local.shared.has('hearken:outbox:a')).toBe(true);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^\[hearken\] IndexedDB failed \(.*insecure.*\); storing answers in localStorage/);
    expect(onFallback).toHaveBeenCalledTimes(1);
  });

  it('an IndexedDB that hangs (10 tabs writing at once): answers go to localStorage, and its reads are partial from then on', async () => {
    // a clock whose timers fire when told: the 5 s a hung backend is given
    const timers: (() => void)[] = [];
    const clock = { now: () => 1, setTimeout: (fn: () => void) => timers.push(fn), clearTimeout: () => {} };
    const local = fakeStorage();
    const s = openStorage(fakeWindow({ indexedDB: new IDBFactory(), localStorage: local.storage }), { clock, database: new Promise(() => {}) });
    expect(s.partial).toBe(false);
    const adding = s.add(entry('a'));
    await vi.waitFor(() => expect(timers.length).toBeGreaterThan(0));
    timers.splice(0).forEach((fire) => fire());
    await adding;
    expect([s.kind, s.partial]).toEqual(['localStorage', true]);
    expect(ids(await s.all())).toEqual(['a']);
    expect(String(warn.mock.calls[0][0])).toMatch(/^\[hearken\] IndexedDB failed \(Error: timed out\); storing answers in localStorage/);
  });

  it('falls back with one warning when window.indexedDB itself throws', async () => {
    const local = fakeStorage();
    const win = fakeWindow({ localStorage: local.storage });
    Object.defineProperty(win, 'indexedDB', { get: () => { throw new Error('SecurityError'); } });
    const s = openStorage(win);
    await s.add(entry('a'));
    await s.add(entry('b'));
    expect(s.kind).toBe('localStorage');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^\[hearken\] IndexedDB failed \(Error: SecurityError\); storing answers in localStorage/);
  });

  it('uses localStorage quietly where there is no IndexedDB at all, and warns when only memory is left', async () => {
    const s = openStorage(fakeWindow({ localStorage: fakeStorage().storage }));
    await s.add(entry('a'));
    expect(s.kind).toBe('localStorage');
    expect(warn).not.toHaveBeenCalled();
    const bare = openStorage(fakeWindow({}));
    await bare.add(entry('a'));
    expect(bare.kind).toBe('memory');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^\[hearken\] IndexedDB is unavailable; storing answers in memory only/);
  });

  it('keeps answers in memory with one warning when localStorage throws too (private mode)', async () => {
    const local = fakeStorage();
    local.state.fail = 'all';
    const s = openStorage(fakeWindow({ localStorage: local.storage }));
    await s.add(entry('a'));
    await s.add(entry('b'));
    expect(s.kind).toBe('memory');
    expect(ids(await s.all())).toEqual(['a', 'b']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/^\[hearken\] localStorage failed \(\w+Error.*\); storing answers in memory only/);
  });

  it('moves on to memory when localStorage is full, still reading what it holds', async () => {
    const local = fakeStorage();
    const s = openStorage(fakeWindow({ localStorage: local.storage }));
    await s.add(entry('a'));
    local.state.quota = 1;
    await s.add(entry('b'));
    expect(s.kind).toBe('memory');
    expect(ids(await s.all())).toEqual(['a', 'b']);
    await s.remove(['a', 'b']);
    expect(await s.all()).toEqual([]);
    expect(local.shared.size).toBe(0);
    expect(warn).toHaveBeenCalledTimes(1); // full → memory (no IndexedDB here at all: not worth a warning)
  });

  it('reopens IndexedDB after another tab upgrades the database (versionchange)', async () => {
    const indexedDB = new IDBFactory();
    const s = openStorage(fakeWindow({ indexedDB }));
    await s.add(entry('a'));
    // another tab (a newer hearken) upgrades the database: our connection must let go, not block it
    await upgradeDatabase(indexedDB, 'hearken', 2);
    // version 1 can no longer be opened: the outbox falls back instead of failing
    await s.add(entry('b'));
    expect(ids(await s.all())).toEqual(['b']);
    expect(s.kind).toBe('memory');
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('reads answers an earlier visit left in localStorage while IndexedDB works again', async () => {
    const local = fakeStorage();
    local.shared.set('hearken:outbox:old', JSON.stringify(entry('old')));
    local.shared.set('hearken:outbox:bad', '{not json');
    const s = openStorage(fakeWindow({ indexedDB: new IDBFactory(), localStorage: local.storage }));
    await s.add(entry('new'));
    expect(ids(await s.all())).toEqual(['new', 'old']);
    await s.remove(['old']);
    expect(local.shared.has('hearken:outbox:old')).toBe(false);
  });

  it('is memory storage without a window (server-side rendering), silently', async () => {
    const s = openStorage(undefined);
    await s.add(entry('a'));
    expect(s.kind).toBe('memory');
    expect(ids(await s.all())).toEqual(['a']);
    expect(warn).not.toHaveBeenCalled();
  });
});
