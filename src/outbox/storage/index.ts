import type { OutboxEntry, OutboxStorage, StorageKind } from './types';
import { indexedDbBackend } from './idb';
import { localStorageBackend } from './local';
import { memoryStorage } from './memory';

export type { OutboxEntry, OutboxStorage, StorageKind } from './types';
export { indexedDbBackend } from './idb';
export { localStorageBackend } from './local';
export { memoryStorage } from './memory';

/** Options of `openStorage`. */
export interface StorageOptions {
  /** Database and key prefix; default `hearken`. */
  namespace?: string;
  /** Told once each time the outbox has to move to a lesser backend (already logged with `console.warn`). */
  onFallback?: (message: string, cause: unknown) => void;
  /** A backend call that takes longer than this counts as failed (a hung IndexedDB must not hold an answer back). Default 5000. */
  timeoutMs?: number;
  setTimeout?: (fn: () => void, ms: number) => unknown;
  clearTimeout?: (id: unknown) => void;
}

function tryGet<T>(get: () => T, failed: (error: unknown) => void): T | undefined {
  try {
    return get();
  } catch (error) {
    // window.indexedDB / window.localStorage throw SecurityError in sandboxed frames and some private modes
    failed(error);
    return undefined;
  }
}

function isQuota(error: unknown): boolean {
  const e = error as { name?: string; code?: number } | undefined;
  return !!e && (e.name == 'QuotaExceededError' || e.name == 'NS_ERROR_DOM_QUOTA_REACHED' || e.code == 22);
}

const LABEL: Record<StorageKind, string> = { indexeddb: 'IndexedDB', localstorage: 'localStorage', memory: 'memory only (answers are lost if the page closes before they are sent)' };

/**
 * Opens the outbox storage of a page: IndexedDB first, localStorage if IndexedDB is unavailable or fails,
 * memory last. A backend that throws (private mode, SecurityError, quota exceeded, a database closed or
 * upgraded under it) is left for the next one with one `console.warn`; no call ever rejects. Reads and
 * removals also cover the durable backend below the current one, so answers written there on an earlier
 * visit are still delivered. Without a window (server-side rendering) it is memory storage, silently.
 */
export function openStorage(win: Window | undefined, options: StorageOptions = {}): OutboxStorage {
  const ns = options.namespace || 'hearken';
  const wait = options.timeoutMs || 5000;
  const set = options.setTimeout || ((fn, ms) => setTimeout(fn, ms));
  const clear = options.clearTimeout || ((id) => clearTimeout(id as ReturnType<typeof setTimeout>));
  const chain: OutboxStorage[] = [];
  let cause: unknown;
  let failed = 'IndexedDB is unavailable';
  if (win) {
    const idb = tryGet(() => win.indexedDB, (error) => ((cause = error), (failed = 'IndexedDB failed')));
    if (idb && typeof idb.open == 'function') chain.push(indexedDbBackend(idb, ns));
    const ls = tryGet(() => win.localStorage, (error) => cause === undefined && ((cause = error), (failed = 'localStorage failed')));
    if (ls && typeof ls.setItem == 'function') chain.push(localStorageBackend(ls, ns));
  }
  chain.push(memoryStorage());
  let level = 0;
  const unreadable: boolean[] = [];
  let warned: StorageKind | undefined = win ? undefined : 'memory';

  function timed<T>(p: Promise<T>): Promise<T> {
    let id: unknown;
    const late = new Promise<never>((_, reject) => (id = set(() => reject(new Error('storage timed out')), wait)));
    return Promise.race([p, late]).finally(() => clear(id));
  }

  function fallBack(from: number, error: unknown) {
    if (level != from) return;
    if (cause === undefined) {
      cause = error;
      failed = LABEL[chain[from].kind] + ' failed';
    }
    level++;
  }

  /**
   * One warning for each lesser backend answers end up in, the first time they do, when a backend failed
   * or answers are only in memory (a browser simply without IndexedDB, using localStorage, is fine).
   */
  function report<T>(result: T): T {
    const kind = chain[level].kind;
    if (kind != 'indexeddb' && warned != kind && (cause !== undefined || kind == 'memory')) {
      warned = kind;
      const why = cause === undefined ? '' : ` (${String(cause)})`;
      const message = `[hearken] ${failed}${why}; storing answers in ${LABEL[kind]}`;
      console.warn(message);
      if (options.onFallback) options.onFallback(message, cause);
    }
    cause = undefined;
    return result;
  }

  /** Runs `op` on the current backend, moving down the chain until one succeeds (memory always does). */
  async function write(op: (s: OutboxStorage) => Promise<void>): Promise<void> {
    for (;;) {
      const at = level;
      try {
        await timed(op(chain[at]));
        break;
      } catch (error) {
        if (at == chain.length - 1) throw error;
        // a full store can still be read and emptied; a broken (or hung) one is left alone
        if (!isQuota(error)) unreadable[at] = true;
        fallBack(at, error);
      }
    }
    report(0);
  }

  /**
   * Runs `op` on every backend still readable: the current one, the durable ones below it (answers an
   * earlier visit left there), and one above it that only refused writes (quota). Failures are skipped.
   */
  async function every<T>(op: (s: OutboxStorage) => Promise<T>): Promise<T[]> {
    const out: T[] = [];
    for (let i = 0; i < chain.length; i++) {
      if (unreadable[i]) continue;
      try {
        out.push(await timed(op(chain[i])));
      } catch (error) {
        if (i == chain.length - 1) throw error;
        unreadable[i] = true;
        if (i == level) fallBack(i, error);
      }
    }
    return report(out);
  }

  return {
    get kind() {
      return chain[level].kind;
    },
    async all() {
      const seen = new Map<string, OutboxEntry>();
      (await every((s) => s.all())).forEach((list) => list.forEach((e) => seen.has(e.id) || seen.set(e.id, e)));
      return Array.from(seen.values());
    },
    add: (entry) => write((s) => s.add(entry)),
    update: (entries) => every((s) => s.update(entries)).then(() => undefined),
    remove: (ids) => every((s) => s.remove(ids)).then(() => undefined),
  };
}
