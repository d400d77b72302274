import type { Clock, KeyValueStore } from '../storage/index';
import { readJson, writeJson } from '../storage/index';

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

/** The record under the lock's localStorage key. */
interface Lease {
  owner: string;
  expires: number;
  /** Ids in flight. */
  ids?: string[];
}

/** What `createLock` needs. */
export interface LockDeps {
  window: Window | undefined;
  /** The lock's name, also its localStorage key. */
  name: string;
  /** Unique per delivery. */
  owner: string;
  clock: Clock;
  /** A lease expires this long after its last renewal. */
  leaseMs: number;
  /** The window's localStorage, as safe storage. */
  store: KeyValueStore;
}

/**
 * A cross-tab flush lock: Web Locks (`navigator.locks.request(name, { ifAvailable: true }, …)`) where the
 * browser has them, released by the browser when a tab dies; otherwise a lease in localStorage (key `name`)
 * that expires `leaseMs` after its last renewal, renewed while held, so a tab that dies mid-flush lets the others
 * take over. Without localStorage there is no other tab sharing storage to coordinate with, so `fn` just runs.
 * The same key carries the ids in flight (`claim`), with either mechanism. Synchronous parts never throw.
 */
export function createLock(deps: LockDeps): FlushLock {
  const { window: win, name, owner, clock, leaseMs: ms, store } = deps;
  const locks = win && win.navigator && win.navigator.locks;
  let web = !!(locks && locks.request);
  let flying: string[] = [];

  const read = (): Lease | undefined => {
    const lease = readJson<Lease | null>(store, name, null);
    const now = clock.now();
    // a lease expiring further ahead than one term was written before the clock was set back: void
    return lease && lease.expires > now && lease.expires <= now + ms ? lease : undefined;
  };
  const mine = () => (read() || { owner: '' }).owner == owner;
  const write = () => writeJson(store, name, { owner, expires: clock.now() + ms, ids: flying } satisfies Lease);
  async function lease(fn: (held: () => boolean) => Promise<void>): Promise<boolean> {
    const held = read();
    if (held && held.owner != owner) return false;
    if (!write()) return fn(() => true).then(() => true);
    // a rival tab's write has landed by then if it raced ours
    await new Promise((ok) => clock.setTimeout(ok as () => void, 50));
    if (!mine()) return false;
    const renew = () => mine() && write();
    let timer: unknown;
    const tick = () => renew() && (timer = clock.setTimeout(tick, ms / 3));
    timer = clock.setTimeout(tick, ms / 3);
    try {
      await fn(renew);
    } finally {
      clock.clearTimeout(timer);
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
      const lease = read();
      return (lease && lease.owner != owner && lease.ids) || [];
    },
  };
}
