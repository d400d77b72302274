/** Options of `createLock`. */
export interface LockOptions {
  window?: Window;
  /** Lock name (Web Locks) and localStorage key (lease). */
  name: string;
  /** This tab's id, also used by `createInFlight`. */
  owner: string;
  now: () => number;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  /** How long a lease lasts without renewal; must outlast one request. Default 20 s. */
  leaseMs?: number;
}

/** Lets one tab at a time flush the outbox. */
export interface FlushLock {
  /**
   * Runs `fn` while holding the lock and resolves true; resolves false without running it when another tab
   * holds the lock. `fn` is given `held()`, which renews a lease and says whether the lock is still this tab's
   * (check it before each request).
   */
  run(fn: (held: () => boolean) => Promise<void>): Promise<boolean>;
  /** Which mechanism is in use, for tests and diagnostics. */
  readonly kind: 'web-locks' | 'lease' | 'none';
}

interface Lease {
  o: string;
  e: number;
}

// A rival tab's write has landed by then if it raced ours.
const SETTLE_MS = 50;

/**
 * A cross-tab flush lock: Web Locks (`navigator.locks.request(name, { ifAvailable: true }, …)`) where the
 * browser has them, released by the browser when a tab dies; otherwise a lease in localStorage with an expiry,
 * renewed while held, so a tab that dies mid-flush lets the others take over once it expires. Without either
 * (no localStorage at all) there is no other tab to coordinate with that shares storage, so `fn` just runs.
 */
export function createLock(options: LockOptions): FlushLock {
  const { window: win, name, owner, now } = options;
  const leaseMs = options.leaseMs || 20_000;
  const nav = win && (win.navigator as Navigator | undefined);
  let kind: FlushLock['kind'] = nav && nav.locks && typeof nav.locks.request == 'function' ? 'web-locks' : 'lease';

  function storage(): Storage | undefined {
    try {
      return (win && win.localStorage) || undefined;
    } catch {
      return undefined;
    }
  }

  function read(ls: Storage): Lease | undefined {
    try {
      const lease = JSON.parse(ls.getItem(name) || 'null') as Lease | null;
      // a lease expiring further ahead than one term was written before the clock was set back: void
      return lease && lease.e > now() && lease.e <= now() + leaseMs ? lease : undefined;
    } catch {
      return undefined;
    }
  }

  function write(ls: Storage): boolean {
    ls.setItem(name, JSON.stringify({ o: owner, e: now() + leaseMs }));
    return true;
  }

  const mine = (ls: Storage) => {
    const lease = read(ls);
    return !!lease && lease.o == owner;
  };

  async function withLease(fn: (held: () => boolean) => Promise<void>): Promise<boolean> {
    const ls = storage();
    try {
      if (!ls) throw new Error('no localStorage');
      const lease = read(ls);
      if (lease && lease.o != owner) return false;
      write(ls);
    } catch {
      await fn(() => true);
      return true;
    }
    await new Promise<void>((resolve) => options.setTimeout(resolve, SETTLE_MS));
    if (!mine(ls)) return false;
    let timer: unknown;
    const renew = () => {
      try {
        return mine(ls) && write(ls);
      } catch {
        return false;
      }
    };
    const tick = () => {
      if (renew()) timer = options.setTimeout(tick, leaseMs / 3);
    };
    timer = options.setTimeout(tick, leaseMs / 3);
    try {
      await fn(renew);
    } finally {
      options.clearTimeout(timer);
      try {
        if (mine(ls)) ls.removeItem(name);
      } catch {
        // the lease will expire
      }
    }
    return true;
  }

  return {
    get kind() {
      return kind == 'lease' && !storage() ? 'none' : kind;
    },
    async run(fn) {
      if (kind == 'web-locks') {
        try {
          return await nav!.locks.request(name, { ifAvailable: true }, async (lock) => {
            if (!lock) return false;
            await fn(() => true);
            return true;
          });
        } catch {
          // SecurityError (opaque origin) and the like: the lease still coordinates tabs
          kind = 'lease';
        }
      }
      return withLease(fn);
    },
  };
}
