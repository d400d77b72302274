import type { Decision } from './types';
import type { KeyValueStore } from './storage';
import { readJson, writeJson } from './storage';

/** sessionStorage key of the prompt shown in this session. */
export const SHOWN_KEY = 'hearken:shown';
/** localStorage key of the page-view count. */
export const PAGEVIEWS_KEY = 'hearken:pageviews';

/**
 * At most one automatic prompt per page view and per session (sessionStorage: one tab, until it is
 * closed). The page-view flag is kept in memory too, so the cap holds where sessionStorage throws.
 * Share one cap between the widgets of a page so they count together.
 */
export interface SessionCap {
  check(): Decision;
  /** Records that `key` was shown now. */
  mark(key: string): void;
  /** A new page view (an SPA route change): clears the page-view flag, not the session's. */
  newPageview(): void;
}

/** Creates the per-page-view / per-session cap over a sessionStorage-like store. */
export function createSessionCap(session: KeyValueStore): SessionCap {
  let shownHere: string | undefined;
  return {
    check() {
      if (shownHere) return { show: false, reason: `session: ${shownHere} was already shown on this page view` };
      const shown = readJson<{ key?: string } | null>(session, SHOWN_KEY, null);
      if (shown) return { show: false, reason: `session: ${shown.key || 'a prompt'} was already shown in this session` };
      return { show: true, reason: 'session: nothing shown yet' };
    },
    mark(key) {
      shownHere = key;
      writeJson(session, SHOWN_KEY, { key });
    },
    newPageview() {
      shownHere = undefined;
    },
  };
}

/** Counts one page view in localStorage and answers the new total. */
export function countPageview(store: KeyValueStore): number {
  const n = pageviews(store) + 1;
  store.set(PAGEVIEWS_KEY, String(n));
  return n;
}

/** The page views counted so far. */
export function pageviews(store: KeyValueStore): number {
  const n = readJson<unknown>(store, PAGEVIEWS_KEY, 0);
  return typeof n == 'number' && n > 0 ? Math.floor(n) : 0;
}

/** The `minPageviews` filter with its reason. */
export function checkPageviews(min: number | undefined, count: number): Decision {
  if (!min || count >= min) return { show: true, reason: `pageviews: ${count}` };
  return { show: false, reason: `pageviews: ${count} of ${min} page views` };
}
