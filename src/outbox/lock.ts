import type { KeyValueStore } from '../rules/storage';
import { readJson, writeJson } from '../rules/storage';

/** Lets one tab at a time flush the outbox, and tells others which answers it is sending. */
export interface FlushLock {
  /**
   * Runs `fn` while holding the lock and resolves true; resolves false without running it when another tab
   * holds the lock. `fn` is given `held()`, which renews a lease and says whether the lock is still this tab's
   * (check it before each request).
   */
  run(fn: (held: () => boolean) => Promise<void>): Promise<boolean>;
  /** Announces the ids this tab is sending now (`[]`: none), for a tab being unloaded to leave out. */
  claim(ids: string[]): void;
  /** Ids another tab announced and has not finished. */
  others(): string[];
}

/** The record under the lock's localStorage key: owner, expiry, ids in flight. */
interface Lease {
  o: string;
  e: number;
  i?: string[];
}

/**
 * A cross-tab flush lock: Web Locks (`navigator.locks.request(name, { ifAvailable: true }, …)`) where the
 * browser has them, released by the browser when a tab dies; otherwise a lease in localStorage (key `name`)
 * that expires `ms` after its last renewal, renewed while held, so a tab that dies mid-flush lets the others
 * take over. Without localStorage there is no other tab sharing storage to coordinate with, so `fn` just runs.
 * The same key carries the ids in flight (`claim`), with either mechanism. Synchronous parts never throw.
 */
export function createLock(
  win: Window | undefined,
  name: string,
  owner: string,
  now: () => number,
  set: (fn: () => void, ms: number) => unknown,
  clear: (id: unknown) => void,
  ms: number,
  /** The window's localStorage, as safe storage. */
  store: KeyValueStore,
): FlushLock {
  const locks = win && win.navigator && win.navigator.locks;
  let web = !!(locks && locks.request);
  let flying: string[] = [];

  const read = (): Lease | undefined => {
    const l = readJson<Lease | null>(store, name, null);
    const t = now();
    // a lease expiring further ahead than one term was written before the clock was set back: void
    return l && l.e > t && l.e <= t + ms ? l : undefined;
  };
  const mine = () => (read() || { o: '' }).o == owner;
  const write = () => writeJson(store, name, { o: owner, e: now() + ms, i: flying });
  async function lease(fn: (held: () => boolean) => Promise<void>): Promise<boolean> {
    const l = read();
    if (l && l.o != owner) return false;
    if (!write()) return fn(() => true).then(() => true);
    // a rival tab's write has landed by then if it raced ours
    await new Promise((ok) => set(ok as () => void, 50));
    if (!mine()) return false;
    const renew = () => mine() && write();
    let timer: unknown;
    const tick = () => renew() && (timer = set(tick, ms / 3));
    timer = set(tick, ms / 3);
    try {
      await fn(renew);
    } finally {
      clear(timer);
      if (mine()) store.remove(name);
    }
    return true;
  }

  return {
    async run(fn) {
      if (web)
        try {
          return await locks!.request(name, { ifAvailable: true }, (lock) => !!lock && fn(() => true).then(() => true));
        } catch {
          // SecurityError (opaque origin) and the like: the lease still coordinates tabs
          web = false;
        }
      return lease(fn);
    },
    claim(ids) {
      flying = ids;
      // with Web Locks the record only carries the ids; a lease is rewritten only while it is ours
      if (web || mine()) write();
    },
    others: () => {
      const l = read();
      return (l && l.o != owner && l.i) || [];
    },
  };
}
