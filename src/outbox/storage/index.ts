import type { OutboxEntry, OutboxStorage } from './types';
import { indexedDbBackend } from './idb';
import { localStorageBackend } from './local';
import { memoryBackend } from './memory';
import type { Clock } from '../../storage/index';
import { realClock, storageKeys, within } from '../../storage/index';

export type { OutboxEntry, OutboxStorage, StorageKind } from './types';

// QuotaExceededError, Firefox's NS_ERROR_DOM_QUOTA_REACHED, or old WebKit's code 22
const isQuota = (e: unknown) => /quota/i.test(((e || {}) as Error).name) || (e && (e as { code?: number }).code) == 22;

/** Options of `openStorage`. */
export interface OpenStorageOptions {
  /** Prefix of the database and keys (see src/storage/keys.ts). Default `hearken`. */
  namespace?: string;
  /** Told the warning when answers move to a lesser backend. */
  onFallback?: (message: string, cause: unknown) => void;
  clock?: Clock;
  /** The database's connection, opened ahead by the widget (`openDatabase`); opened at the first use if not given. */
  database?: Promise<IDBDatabase>;
}

/**
 * The durable backends a window offers, best first; `note` is told the first that throws on access (window.indexedDB
 * and window.localStorage throw SecurityError in sandboxed frames and some private modes).
 */
function backendsOf(win: Window, { namespace, database }: OpenStorageOptions, note: (error: unknown, what: string) => void): OutboxStorage[] {
  const keys = storageKeys(namespace);
  const chain: OutboxStorage[] = [];
  try {
    const factory = win.indexedDB;
    if (factory && (factory as Partial<IDBFactory>).open) chain.push(indexedDbBackend(factory, keys.database, database));
  } catch (error) {
    note(error, 'IndexedDB');
  }
  try {
    const local = win.localStorage;
    if (local && (local as Partial<Storage>).setItem) chain.push(localStorageBackend(local, keys.outboxPrefix));
  } catch (error) {
    note(error, 'localStorage');
  }
  return chain;
}

/**
 * Opens the outbox storage of a page: IndexedDB first, localStorage if IndexedDB is unavailable or fails,
 * memory last. A backend that throws (private mode, SecurityError, quota exceeded, a database closed or
 * upgraded under it) or takes over 5 s (hung) is left for the next one, with one `console.warn` (also passed
 * to `onFallback`) naming the first failure and where answers now go; no call ever rejects. Once one has hung,
 * `partial` is true: it may still hold answers of other tabs or earlier pages, which this page no longer reads. Reads and
 * removals also cover the other backends still readable (a full one, or one an earlier visit left answers
 * in), so no answer is stranded. Without a window (server-side rendering) it is memory storage, silently.
 */
export function openStorage(
  win: Window | undefined,
  options: OpenStorageOptions = {},
): OutboxStorage {
  const { onFallback, clock = realClock } = options;
  const bad: boolean[] = []; // backends not even readable any more
  let hung = false; // one of them is left because it hung: it may still hold answers
  let level = 0; // the backend written to
  let cause: unknown;
  let failed = 'IndexedDB is unavailable';
  let warned = win ? '' : 'memory';
  const note = (e: unknown, what: string) => cause === undefined && ((cause = e), (failed = what + ' failed'));
  const chain = (win ? backendsOf(win, options, note) : []).concat(memoryBackend());

  // Warns once per lesser backend answers end up in, after a failure or when only memory is left (a browser
  // simply without IndexedDB, using localStorage, is fine).
  const report = () => {
    const k = chain[level].kind;
    if (k != 'IndexedDB' && warned != k && (cause !== undefined || k == 'memory')) {
      warned = k;
      const m = '[hearken] ' + failed + (cause === undefined ? '' : ' (' + cause + ')') + '; storing answers in ' + k + (k == 'memory' ? ' only' : '');
      console.warn(m);
      if (onFallback) onFallback(m, cause);
    }
    cause = undefined;
  };

  /** Moves on from backend `i`, which failed with `e`; the last one (memory) has no successor: rethrows. */
  const fail = (i: number, e: unknown, readable?: boolean) => {
    if (i == chain.length - 1) throw e;
    bad[i] = !readable;
    if (i == level) note(e, chain[level++].kind);
  };

  /** Runs `op` on the backend written to (`all`: on every readable one), moving on from those that fail. */
  const go = async <T>(op: (s: OutboxStorage) => Promise<T>, all?: 1): Promise<T[]> => {
    const out: T[] = [];
    for (let i = 0; i < chain.length; i++)
      if (all ? !bad[i] : i == level)
        try {
          out.push(await within(op(chain[i]), 5000, () => { hung = true; throw Error('timed out'); }, clock));
          if (!all) break;
        } catch (e) {
          // a full store can still be read and emptied; a broken (or hung) one is left alone
          fail(i, e, !all && isQuota(e));
        }
    report();
    return out;
  };

  return {
    get kind() {
      return chain[level].kind;
    },
    get partial() {
      return hung;
    },
    // the first backend's copy of an entry wins
    all: () => go((s) => s.all(), 1).then((lists) => [...new Map(lists.flat().reverse().map((e): [string, OutboxEntry] => [e.id, e])).values()]),
    add: (e) => go((s) => s.add(e)) as never,
    update: (list) => go((s) => s.update(list), 1) as never,
    remove: (ids) => go((s) => s.remove(ids), 1).then((lists) => [...new Set(lists.flat())]),
  };
}
