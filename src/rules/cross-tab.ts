import type { Clock } from '../storage/index';
import type { KeyValueStore } from '../storage/index';
import { readJson, writeJson, KEYS } from '../storage/index';

/**
 * What `KEYS.open` (a lease) and `KEYS.answered` (a note of an answer) hold, as JSON: the survey key, the id of the
 * tab that wrote it, and for a lease when its prompt opened (a renewal keeps it) and until when it holds, for an
 * answer when it was recorded.
 */
export interface Lease {
  key: string;
  tabId: string;
  openedAt?: number;
  until?: number;
  answeredAt?: number;
}

/** The lease and note of 0.1 (`{ k, t, s, u }`, `{ k, t, at }`), still written by tabs running it. */
interface LegacyLease {
  k: string;
  t: string;
  s?: number;
  u?: number;
}

/** A stored lease or note, whichever version wrote it (what is read of it: no one reads when an answer was noted). */
function readLease(value: unknown): Lease | undefined {
  const stored = (value || {}) as Partial<Lease & LegacyLease>;
  const key = stored.key ?? stored.k;
  return typeof key == 'string' ? { key, tabId: stored.tabId ?? stored.t!, openedAt: stored.openedAt ?? stored.s, until: stored.until ?? stored.u } : undefined;
}

type StorageListener = (event: { key: string | null; newValue: string | null }) => void;

/** What cross-tab coordination needs of a window: the `storage` event. */
export interface StorageEventTarget {
  addEventListener(type: 'storage', fn: StorageListener): void;
  removeEventListener(type: 'storage', fn: StorageListener): void;
}

/** Options of `createCrossTab`. */
export interface CrossTabDeps {
  /** localStorage (shared by the tabs of an origin). */
  store: KeyValueStore;
  /** Where `storage` events of the other tabs arrive; omit where there is no window. */
  window?: StorageEventTarget;
  clock: Clock;
  /** This tab's id. */
  tabId: string;
  /** How long a lease lasts unless renewed; default 60 s. A crashed tab blocks the others this long. */
  leaseMs?: number;
}

/**
 * Keeps prompts from opening in two tabs at once, and closes a prompt answered in another tab.
 * The tab showing a prompt holds a lease in localStorage, renewed while the prompt is open (so a tab
 * that crashed blocks the others for one lease at most); the other tabs learn of opens and answers
 * through `storage` events, which a tab does not receive for its own writes.
 */
export interface CrossTab {
  /** The survey key another tab has a prompt open for, if any. */
  openElsewhere(): string | undefined;
  /** Takes the lease for `key`; false when another tab holds one. */
  open(key: string): boolean;
  /** Gives the lease back (the prompt closed). */
  close(): void;
  /** Tells the other tabs that `key` was answered here (and gives the lease back). */
  answered(key: string): void;
  /** `fn(key)` when another tab answers `key`; returns the unsubscribe function. */
  onRemoteAnswer(fn: (key: string) => void): () => void;
  /** `fn(key)` when another tab opens a prompt for `key`; returns the unsubscribe function. */
  onRemoteOpen(fn: (key: string) => void): () => void;
  /** Stops listening and gives any lease back. */
  destroy(): void;
}

/** Creates the cross-tab coordinator. */
export function createCrossTab(deps: CrossTabDeps): CrossTab {
  const { store, clock, tabId } = deps;
  const leaseMs = deps.leaseMs || 60_000;
  const answers = new Set<(key: string) => void>();
  const opens = new Set<(key: string) => void>();
  const subscribe = (set: Set<(key: string) => void>) => (fn: (key: string) => void) => (set.add(fn), () => void set.delete(fn));
  let held: string | undefined;
  let since = 0;
  let renewal: unknown;
  let lastOpen: string | undefined;

  const lease = () => readLease(readJson<unknown>(store, KEYS.open, null));
  // another tab's lease, while it holds
  const elsewhere = () => {
    const l = lease();
    return l && l.tabId != tabId && l.until! > clock.now() ? l.key : undefined;
  };
  const renew = () => {
    if (held === undefined) return;
    writeJson(store, KEYS.open, { key: held, tabId, openedAt: since, until: clock.now() + leaseMs } satisfies Lease);
    renewal = clock.setTimeout(renew, leaseMs / 3);
  };
  const release = () => {
    if (held === undefined) return;
    held = undefined;
    clock.clearTimeout(renewal);
    const l = lease();
    if (l && l.tabId == tabId) store.remove(KEYS.open);
  };

  const onStorage: StorageListener = (event) => {
    const open = event.key == KEYS.open;
    if (!open && event.key != KEYS.answered) return;
    let v: Lease | undefined;
    try {
      v = readLease(JSON.parse(event.newValue!));
    } catch {
      // not ours to read
    }
    if (open && !v) lastOpen = undefined;
    if (!v || v.tabId == tabId) return;
    const key = v.key;
    if (!open) return answers.forEach((fn) => fn(key));
    // A renewal rewrites the lease with the same `openedAt`: only a new prompt counts as an open.
    const id = v.tabId + ' ' + v.openedAt;
    if (id == lastOpen) return;
    lastOpen = id;
    opens.forEach((fn) => fn(key));
  };
  if (deps.window) deps.window.addEventListener('storage', onStorage);

  return {
    openElsewhere: elsewhere,
    open(key) {
      if (elsewhere()) return false;
      clock.clearTimeout(renewal);
      held = key;
      since = clock.now();
      renew();
      return true;
    },
    close: release,
    answered(key) {
      release();
      writeJson(store, KEYS.answered, { key, tabId, answeredAt: clock.now() } satisfies Lease);
    },
    onRemoteAnswer: subscribe(answers),
    onRemoteOpen: subscribe(opens),
    destroy() {
      release();
      answers.clear();
      opens.clear();
      if (deps.window) deps.window.removeEventListener('storage', onStorage);
    },
  };
}
