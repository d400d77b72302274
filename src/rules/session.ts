import { KEYS } from '../storage/index';
import type { Reason } from './types';
import type { KeyValueStore, ReadWriteStore } from '../storage/index';

/**
 * At most one automatic prompt per page view and per session (sessionStorage: one tab, until it is
 * closed). The page-view flag is kept in memory too, so the cap holds where sessionStorage throws.
 * Share one cap between the widgets of a page so they count together.
 */
export interface SessionCap {
  /** Why not, e.g. `session: nps shown in this session`; nothing when no prompt was shown yet. */
  check(): Reason;
  /** Records that `key` was shown now. */
  mark(key: string): void;
  /** Forgets the prompt marked last (it could not be drawn after all): a later trigger or page view may ask. */
  unmark(): void;
  /** A new page view (an SPA route change): clears the page-view flag, not the session's. */
  newPageview(): void;
}

/** Creates the per-page-view / per-session cap over a sessionStorage-like store. */
export function createSessionCap(session: KeyValueStore): SessionCap {
  let here: string | undefined;
  return {
    check() {
      const key = here || session.get(KEYS.shown);
      return key ? `session: ${key} shown ${here ? 'on this page view' : 'in this session'}` : '';
    },
    mark(key) {
      session.set(KEYS.shown, (here = key));
    },
    unmark() {
      session.remove(KEYS.shown);
      here = undefined;
    },
    newPageview() {
      here = undefined;
    },
  };
}

/** The page views counted so far (0 when missing or garbage). */
export function pageviews(store: ReadWriteStore): number {
  const n = parseInt(store.get(KEYS.pageviews)!);
  return n > 0 ? n : 0;
}

/** Counts one page view in localStorage and answers the new total. */
export function countPageview(store: ReadWriteStore): number {
  const n = pageviews(store) + 1;
  store.set(KEYS.pageviews, '' + n);
  return n;
}
