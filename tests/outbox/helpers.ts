import type { Answer } from '../../src/surveys/types';

/** A minimal answer with a given id. */
export function answer(id: string, comment?: string): Answer {
  return {
    id,
    survey: 'nps',
    score: 9,
    scale: { min: 0, max: 10 },
    segment: 'promoter',
    ...(comment ? { comment } : {}),
    question: 'How likely?',
    locale: 'en',
    page: 'https://shop.example/cart',
    visitorId: 'v1',
    answeredAt: '2025-01-01T00:00:00.000Z',
    widget: 'hearken/0.1.0',
  };
}

/** An in-memory Storage (localStorage) that tabs can share; `fail` makes calls throw. */
export function fakeStorage(shared: Map<string, string> = new Map()) {
  const state = { fail: undefined as undefined | 'all' | 'write', quota: Infinity };
  const check = (write: boolean) => {
    if (state.fail == 'all' || (write && state.fail == 'write')) {
      const error = new Error(write ? 'The quota has been exceeded.' : 'The operation is insecure.');
      error.name = write ? 'QuotaExceededError' : 'SecurityError';
      throw error;
    }
  };
  const storage = {
    get length() {
      check(false);
      return shared.size;
    },
    key: (i: number) => (check(false), Array.from(shared.keys())[i] ?? null),
    getItem: (k: string) => (check(false), shared.has(k) ? shared.get(k)! : null),
    setItem: (k: string, v: string) => {
      check(true);
      if (shared.size >= state.quota && !shared.has(k)) {
        const error = new Error('quota');
        error.name = 'QuotaExceededError';
        throw error;
      }
      shared.set(k, String(v));
    },
    removeItem: (k: string) => void (check(false), shared.delete(k)),
    clear: () => shared.clear(),
  };
  return { storage: storage as unknown as Storage, state, shared };
}

/**
 * localStorage as the tabs of Chromium see it: each tab's renderer reads and writes a cached copy, and its writes
 * reach the other tabs' copies only when `deliver()` runs (a few milliseconds later in the browser).
 */
export function renderers(n = 2) {
  const caches = Array.from({ length: n }, () => new Map<string, string>());
  const queue: [number, string, string | null][] = [];
  const storages = caches.map((cache, i) => {
    const write = (k: string, v: string | null) => (v == null ? cache.delete(k) : cache.set(k, v), queue.push([i, k, v]));
    return {
      get length() {
        return cache.size;
      },
      key: (j: number) => Array.from(cache.keys())[j] ?? null,
      getItem: (k: string) => cache.get(k) ?? null,
      setItem: (k: string, v: string) => void write(k, String(v)),
      removeItem: (k: string) => void write(k, null),
    } as unknown as Storage;
  });
  const deliver = () => {
    for (const [from, k, v] of queue.splice(0)) caches.forEach((c, j) => j != from && (v == null ? c.delete(k) : c.set(k, v)));
  };
  return { storages, deliver };
}

/** A window good enough for the delivery layer: events, document visibility, navigator, storage. */
export function fakeWindow(parts: { indexedDB?: IDBFactory; localStorage?: Storage; navigator?: Record<string, unknown>; fetch?: unknown } = {}): Window & { document: { visibilityState: string } } {
  const win = new EventTarget() as EventTarget & Record<string, unknown>;
  const doc = new EventTarget() as EventTarget & { visibilityState: string };
  doc.visibilityState = 'visible';
  Object.assign(win, { document: doc, navigator: parts.navigator || {}, indexedDB: parts.indexedDB, localStorage: parts.localStorage, fetch: parts.fetch });
  return win as unknown as Window & { document: { visibilityState: string } };
}

/** Opens database `name` at `version` as a newer hearken in another tab would; rejects if a connection blocks it. */
export function upgradeDatabase(factory: IDBFactory, name: string, version: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const request = factory.open(name, version);
    request.onsuccess = () => (request.result.close(), resolve());
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('blocked'));
  });
}

declare const setImmediate: (fn: () => void) => void;

/** Collects unhandled promise rejections (Node's process events) until `stop()` returns them. */
export function watchUnhandled(): { stop(): unknown[] } {
  const proc = (globalThis as unknown as { process: { on(e: string, f: (r: unknown) => void): void; off(e: string, f: (r: unknown) => void): void } }).process;
  const seen: unknown[] = [];
  const on = (reason: unknown) => void seen.push(reason);
  proc.on('unhandledRejection', on);
  return { stop: () => (proc.off('unhandledRejection', on), seen) };
}

/** Lets pending promises and storage tasks (fake-indexeddb runs on setImmediate) run. */
export async function tick(rounds = 5): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Advances fake time by `ms`, letting promises and storage tasks settle before and after every timer
 * (vi.useFakeTimers must fake setTimeout and Date, not setImmediate).
 */
export async function advance(ms: number, step: () => void, sentinel: (ms: number) => void): Promise<void> {
  const end = Date.now() + ms;
  sentinel(ms);
  for (;;) {
    await tick();
    if (Date.now() >= end) break;
    step();
  }
  await tick();
}
