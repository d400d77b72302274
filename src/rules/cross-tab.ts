import type { Clock } from './types';
import type { KeyValueStore } from './storage';
import { readJson, writeJson } from './storage';

/** localStorage key of the lease held by the tab showing a prompt. */
export const OPEN_KEY = 'hearken:open';
/** localStorage key written when a tab records an answer, so the others can close the same prompt. */
export const ANSWERED_KEY = 'hearken:answered';

interface Lease {
  key: string;
  tab: string;
  since: number;
  until: number;
}

/** What cross-tab coordination needs of a window: the `storage` event. */
export interface StorageEventTarget {
  addEventListener(type: 'storage', fn: (event: { key: string | null; newValue: string | null }) => void): void;
  removeEventListener(type: 'storage', fn: (event: { key: string | null; newValue: string | null }) => void): void;
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
  let held: string | undefined;
  let renewal: unknown;
  let since = 0;
  let lastOpen: string | undefined;

  const lease = () => readJson<Lease | null>(store, OPEN_KEY, null);
  const live = (l: Lease | null): l is Lease => !!l && typeof l.until == 'number' && l.until > clock.now();
  const write = (key: string) => writeJson(store, OPEN_KEY, { key, tab: tabId, since, until: clock.now() + leaseMs });
  const renew = () => {
    if (held === undefined) return;
    write(held);
    renewal = clock.setTimeout(renew, leaseMs / 3);
  };

  const onStorage = (event: { key: string | null; newValue: string | null }) => {
    if (event.key != OPEN_KEY && event.key != ANSWERED_KEY) return;
    if (event.key == OPEN_KEY && !event.newValue) lastOpen = undefined;
    let value: { key?: unknown; tab?: unknown; since?: unknown } | null = null;
    try {
      value = event.newValue ? JSON.parse(event.newValue) : null;
    } catch {
      return;
    }
    if (!value || typeof value.key != 'string' || value.tab == tabId) return;
    const key = value.key;
    if (event.key == ANSWERED_KEY) return answers.forEach((fn) => fn(key));
    // A renewal rewrites the lease with the same `since`: only a new prompt counts as an open.
    const id = value.tab + ' ' + value.since;
    if (id == lastOpen) return;
    lastOpen = id;
    opens.forEach((fn) => fn(key));
  };
  deps.window?.addEventListener('storage', onStorage);

  const release = () => {
    if (held === undefined) return;
    held = undefined;
    clock.clearTimeout(renewal);
    const l = lease();
    if (l && l.tab == tabId) store.remove(OPEN_KEY);
  };

  return {
    openElsewhere() {
      const l = lease();
      return live(l) && l.tab != tabId ? l.key : undefined;
    },
    open(key) {
      const l = lease();
      if (live(l) && l.tab != tabId) return false;
      clock.clearTimeout(renewal);
      held = key;
      since = clock.now();
      renew();
      return true;
    },
    close: release,
    answered(key) {
      release();
      writeJson(store, ANSWERED_KEY, { key, tab: tabId, at: clock.now() });
    },
    onRemoteAnswer(fn) {
      answers.add(fn);
      return () => void answers.delete(fn);
    },
    onRemoteOpen(fn) {
      opens.add(fn);
      return () => void opens.delete(fn);
    },
    destroy() {
      release();
      answers.clear();
      opens.clear();
      deps.window?.removeEventListener('storage', onStorage);
    },
  };
}
