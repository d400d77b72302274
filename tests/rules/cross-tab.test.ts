import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCrossTab } from '../../src/rules/cross-tab';
import { KEYS } from '../../src/storage/index';
import { memoryStorage } from '../../src/storage/index';
import { realClock } from '../../src/storage/index';
import type { KeyValueStore } from '../../src/storage/index';

type StorageListener = (event: { key: string | null; newValue: string | null }) => void;

/** Two tabs sharing one localStorage; a write in one raises a `storage` event in the others, as browsers do. */
function browser() {
  const shared = memoryStorage();
  const tabs: { listeners: Set<StorageListener> }[] = [];
  function tab(tabId: string) {
    const me = { listeners: new Set<StorageListener>() };
    tabs.push(me);
    const broadcast = (key: string, newValue: string | null) =>
      tabs.filter((t) => t != me).forEach((t) => t.listeners.forEach((fn) => fn({ key, newValue })));
    const store: KeyValueStore = {
      ...shared,
      set(key, value) {
        shared.set(key, value);
        broadcast(key, value);
        return true;
      },
      remove(key) {
        shared.remove(key);
        broadcast(key, null);
      },
    };
    const win = {
      addEventListener: (_: 'storage', fn: StorageListener) => void me.listeners.add(fn),
      removeEventListener: (_: 'storage', fn: StorageListener) => void me.listeners.delete(fn),
    };
    return createCrossTab({ store, window: win, clock: realClock, tabId, leaseMs: 60_000 });
  }
  /** A write by a tab of another version: stored, and heard by every tab. */
  const write = (key: string, value: object) => {
    shared.set(key, JSON.stringify(value));
    tabs.forEach((t) => t.listeners.forEach((fn) => fn({ key, newValue: JSON.stringify(value) })));
  };
  return { shared, tab, write };
}

describe('cross-tab', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.UTC(2026, 10, 22) }));
  afterEach(() => vi.useRealTimers());

  it('a prompt open in one tab is not opened in another, until it closes', () => {
    const { tab } = browser();
    const a = tab('a');
    const b = tab('b');
    expect(a.open('nps')).toBe(true);
    expect(b.openElsewhere()).toBe('nps');
    expect(b.open('nps')).toBe(false);
    expect(b.open('csat')).toBe(false);
    a.close();
    expect(b.openElsewhere()).toBe(undefined);
    expect(b.open('nps')).toBe(true);
  });

  it('the lease is renewed while open, and expires when its tab is gone', () => {
    const { tab, shared } = browser();
    const a = tab('a');
    const b = tab('b');
    a.open('nps');
    vi.advanceTimersByTime(5 * 60_000);
    expect(b.openElsewhere()).toBe('nps');
    // the tab crashed: no renewal, no release
    a.destroy();
    shared.set(KEYS.open, JSON.stringify({ key: 'nps', tabId: 'a', openedAt: 0, until: Date.now() + 60_000 }));
    vi.advanceTimersByTime(60_001);
    expect(b.openElsewhere()).toBe(undefined);
  });

  it('an answer in one tab is announced to the others, not to itself', () => {
    const { tab } = browser();
    const a = tab('a');
    const b = tab('b');
    const c = tab('c');
    const heardA = vi.fn();
    const heardB = vi.fn();
    const heardC = vi.fn();
    a.onRemoteAnswer(heardA);
    b.onRemoteAnswer(heardB);
    const off = c.onRemoteAnswer(heardC);
    off();
    a.open('csat@checkout');
    a.answered('csat@checkout');
    expect(heardB.mock.calls).toEqual([['csat@checkout']]);
    expect(heardA).not.toHaveBeenCalled();
    expect(heardC).not.toHaveBeenCalled();
    expect(b.openElsewhere()).toBe(undefined);
  });

  it('reports a remote open once, not on every renewal', () => {
    const { tab } = browser();
    const a = tab('a');
    const b = tab('b');
    const opened = vi.fn();
    b.onRemoteOpen(opened);
    a.open('nps');
    vi.advanceTimersByTime(3 * 60_000);
    expect(opened.mock.calls).toEqual([['nps']]);
    a.close();
    a.open('nps');
    expect(opened).toHaveBeenCalledTimes(2);
  });

  it('writes the lease and the answer in readable names', () => {
    const { tab, shared } = browser();
    const a = tab('a');
    a.open('nps');
    expect(JSON.parse(shared.get(KEYS.open)!)).toEqual({ key: 'nps', tabId: 'a', openedAt: Date.now(), until: Date.now() + 60_000 });
    a.answered('nps');
    expect(JSON.parse(shared.get(KEYS.answered)!)).toEqual({ key: 'nps', tabId: 'a', answeredAt: Date.now() });
  });
});

describe('cross-tab, beside a tab running 0.1 (`{ k, t, s, u }` and `{ k, t, at }`)', () => {
  beforeEach(() => vi.useFakeTimers({ now: Date.UTC(2026, 10, 22) }));
  afterEach(() => vi.useRealTimers());

  it('its stored lease holds back a prompt here until it expires', () => {
    const { tab, shared } = browser();
    shared.set(KEYS.open, JSON.stringify({ k: 'nps', t: 'old', s: Date.now(), u: Date.now() + 60_000 }));
    const b = tab('b');
    expect(b.openElsewhere()).toBe('nps');
    expect(b.open('csat')).toBe(false);
    vi.advanceTimersByTime(60_001);
    expect(b.open('csat')).toBe(true);
  });

  it('its opens (once per prompt, not per renewal) and its answers are heard here', () => {
    const { tab, write } = browser();
    const b = tab('b');
    const opened = vi.fn();
    const answered = vi.fn();
    b.onRemoteOpen(opened);
    b.onRemoteAnswer(answered);
    write(KEYS.open, { k: 'nps', t: 'old', s: 1, u: Date.now() + 60_000 });
    write(KEYS.open, { k: 'nps', t: 'old', s: 1, u: Date.now() + 80_000 });
    expect(b.openElsewhere()).toBe('nps');
    write(KEYS.answered, { k: 'nps', t: 'old', at: Date.now() });
    expect(opened.mock.calls).toEqual([['nps']]);
    expect(answered.mock.calls).toEqual([['nps']]);
  });
});
