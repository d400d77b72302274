import type { ConsentState } from '../rules/index';
import type { Consent } from '../rules/index';
import type { CrossTab } from '../rules/index';
import type { KeyValueStore } from '../storage/index';
import type { SessionCap } from '../rules/index';
import type { Visitor } from '../rules/index';
import { createConsent } from '../rules/index';
import { createCrossTab } from '../rules/index';
import { eraseAll, realClock, safeStorage } from '../storage/index';
import { createSessionCap } from '../rules/index';
import { createVisitor } from '../rules/index';
import { newId } from '../surveys/index';

/**
 * What the widgets of one page share: consent, the per-page-view and per-session caps, the cross-tab
 * lease and the visitor id. The script tag's widget, its inline mounts and `<hearken-survey>` elements
 * all use the same one, so a page view counts once and `Hearken.consent()` applies to all.
 */
export interface PageContext {
  local: KeyValueStore;
  session: KeyValueStore;
  consent: Consent;
  cap: SessionCap;
  crossTab: CrossTab;
  visitor: Visitor;
  /** `fn(state)` when consent changes; returns the unsubscribe function. */
  onConsent(fn: (state: ConsentState) => void): () => void;
}

const pages = new WeakMap<Window, PageContext>();

/** The page's shared context, made by the first widget with its consent options. */
export function pageContext(win: Window, options: { consent?: ConsentState; respectGpc?: boolean }): PageContext {
  let page = pages.get(win);
  if (page) return page;
  const local = safeStorage(() => win.localStorage);
  const session = safeStorage(() => win.sessionStorage);
  const listeners = new Set<(state: ConsentState) => void>();
  const consent = createConsent({
    initial: options.consent,
    gpc: (win.navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl,
    respectGpc: options.respectGpc,
    onChange: (state) => listeners.forEach((fn) => fn(state)),
    clear: () => eraseAll({ local, session, indexedDB: win.indexedDB }),
  });
  const guarded = consent.guard(local);
  page = {
    local,
    session,
    consent,
    cap: createSessionCap(consent.guard(session)),
    crossTab: createCrossTab({ store: guarded, window: win, clock: realClock, tabId: newId() }),
    visitor: createVisitor(guarded),
    onConsent(fn) {
      listeners.add(fn);
      return () => void listeners.delete(fn);
    },
  };
  pages.set(win, page);
  return page;
}
