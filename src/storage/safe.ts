/**
 * Key–value storage that never throws: localStorage and sessionStorage throw in some browsers
 * (Safari private mode of old, storage disabled, quota full, sandboxed iframes), so every call is
 * wrapped. Every key hearken writes is in the table of `keys.ts`.
 */

/** A string store. `set` answers whether the value was stored. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): boolean;
  remove(key: string): void;
  /** Every key currently stored. */
  keys(): string[];
}

/**
 * What reading and counting need of a store, and no more: the light start's localStorage (loader/local.ts), whose
 * `set` does not answer.
 */
export interface ReadWriteStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
}

/**
 * Wraps a Web Storage. `get` is a getter because merely reading `window.localStorage` can throw
 * (SecurityError); it is called on each use, so a storage that appears later is picked up.
 */
export function safeStorage(get: () => Storage | null | undefined): KeyValueStore {
  // A missing storage throws a TypeError inside the try too, and gets the fallback.
  const run = <T>(fn: (s: Storage) => T, fallback: T): T => {
    try {
      return fn(get()!);
    } catch {
      return fallback;
    }
  };
  return {
    get: (key) => run((s) => s.getItem(key), null),
    set: (key, value) => run((s) => (s.setItem(key, value), true), false),
    remove: (key) => run((s) => s.removeItem(key), undefined),
    keys: () =>
      run((s) => {
        const out: string[] = [];
        for (let i = 0; i < s.length; i++) out.push(s.key(i)!);
        return out;
      }, []),
  };
}

/** An in-memory store (tests, and the fallback where Web Storage is missing). `data` is exposed for inspection. */
export function memoryStorage(initial: Record<string, string> = {}): KeyValueStore & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    get: (key) => (data.has(key) ? data.get(key)! : null),
    set: (key, value) => (data.set(key, value), true),
    remove: (key) => void data.delete(key),
    keys: () => Array.from(data.keys()),
  };
}

/** Reads a JSON value; `fallback` when missing, `null` or unreadable. */
export function readJson<T>(store: Pick<KeyValueStore, 'get'>, key: string, fallback: T): T {
  try {
    // JSON.parse(null) is null: a missing key falls back like a stored `null`
    return JSON.parse(store.get(key)!) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Writes a JSON value; answers whether it was stored. */
export function writeJson(store: KeyValueStore, key: string, value: unknown): boolean {
  return store.set(key, JSON.stringify(value));
}

/** JSON values kept one key per id (`<prefix><id>`): pages writing at once never overwrite each other's. */
export interface Keyed<T> {
  put(id: string, value: T): boolean;
  /** The value, or `null` when missing or unreadable. */
  get(id: string): T | null;
  /** The ids stored. */
  ids(): string[];
  remove(id: string): void;
}

/**
 * A {@link Keyed} record over `store`. Each tab's renderer caches localStorage and other tabs' writes reach it
 * a little later, so one shared key read, changed and written back can undo what another tab wrote meanwhile;
 * a key per id cannot.
 */
export function keyed<T>(store: KeyValueStore, prefix: string): Keyed<T> {
  return {
    put: (id, value) => writeJson(store, prefix + id, value),
    get: (id) => readJson<T | null>(store, prefix + id, null),
    ids: () => store.keys().filter((k) => !k.indexOf(prefix)).map((k) => k.slice(prefix.length)),
    remove: (id) => store.remove(prefix + id),
  };
}

