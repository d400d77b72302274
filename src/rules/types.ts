/**
 * Types of the targeting rules: when a prompt may be shown, and why it was or was not.
 */

/** Whether hearken may store, show and send. `pending` waits for `consent(true)`. */
export type ConsentState = 'granted' | 'pending' | 'denied';

/** The kind of device a `device` filter asks for. */
export type DeviceKind = 'mobile' | 'desktop';

/**
 * Targeting options. Each has a data-attribute twin on the `<script>` tag (`delay` ↔ `data-delay`).
 * Triggers (`delay`, `scroll`, `exitIntent`, `onEvent`) are alternatives: the first one to fire shows
 * the prompt, provided every filter (`pages`, `sample`, `device`, `minPageviews`, frequency caps,
 * consent) passes. With no trigger at all, the prompt shows once the page has loaded.
 */
export interface RuleOptions {
  /**
   * `manual`: no automatic trigger; the host calls `show()`. Default `auto` (the triggers below, or
   * page load when none is set). Attribute: `data-trigger="manual"`.
   */
  trigger?: 'auto' | 'manual';
  /**
   * Show this many milliseconds after the page has loaded (the window's `load` event; when hearken
   * starts later, from its start; after an SPA route change, from the change). No default.
   * Attribute: `data-delay`.
   */
  delay?: number;
  /**
   * Show once this percentage (0–100) of the page has been scrolled: `scrollY / (scrollHeight -
   * innerHeight)`. A page too short to scroll counts as fully scrolled. Attribute: `data-scroll`.
   */
  scroll?: number;
  /**
   * Show when the visitor seems about to leave. On desktop (fine pointer): the pointer leaves the
   * page through its top edge. On touch devices: a fast scroll up (100 px or more within 250 ms), or
   * the tab hidden and then visible again (fires on the return). Default false. Attribute:
   * `data-exit-intent` (present, `true` or `false`).
   */
  exitIntent?: boolean;
  /**
   * Show on `track(name)`, or on a DOM `CustomEvent` of this name dispatched on `window`. No default.
   * Attribute: `data-on-event`.
   */
  onEvent?: string;
  /**
   * Show only from the visitor's n-th page view on (counted in localStorage across visits, SPA route
   * changes included). Alone it shows on load of that page view; with another trigger it is a
   * condition of it. Default 0. Attribute: `data-min-pageviews`.
   */
  minPageviews?: number;
  /**
   * URL patterns where the prompt may show: `*` matches anything, `!` excludes. Matched against the
   * path (plus the query when the pattern has `?`, plus the hash when it has `#`), or the full URL
   * when the pattern has a scheme (`https://…`). Shown when any include matches (or there is none)
   * and no exclude does. Default: every page. Attribute: `data-pages="/blog/* !/blog/drafts/*"`
   * (separated by spaces or commas).
   */
  pages?: string | string[];
  /**
   * Share of visitors asked, 0–1 (attributes also take `20%`). Stable per visitor and survey: the same
   * visitor gets the same decision on every page. Default 1. Attribute: `data-sample`.
   */
  sample?: number;
  /**
   * Only on this kind of device: `mobile` means a coarse primary pointer (touch), `desktop` a fine
   * one; where media queries are unavailable, a viewport narrower than 768 px counts as mobile.
   * Default: both. Attribute: `data-device`.
   */
  device?: DeviceKind;
  /**
   * Days after an answer before the same survey (and touchpoint) is asked again. Default 90 for NPS,
   * 30 for CSAT and CES. Attribute: `data-resurvey-days`.
   */
  resurveyDays?: number;
  /**
   * Days after a prompt was closed without an answer before it is asked again (closing is not
   * "never"). Default 14. Attribute: `data-dismiss-days`.
   */
  dismissDays?: number;
  /**
   * `pending`: nothing is stored, shown or sent until `consent(true)`. Default `granted`. Attribute:
   * `data-consent="pending"`.
   */
  consent?: ConsentState;
  /**
   * Treat `navigator.globalPrivacyControl === true` as consent denied. Default false. Attribute:
   * `data-respect-gpc`.
   */
  respectGpc?: boolean;
  /**
   * Log once, with `console.info('[hearken] …')`, which rule decided whether a prompt was shown.
   * Default false. Attribute: `data-debug`.
   */
  debug?: boolean;
}

/**
 * Why one rule says no, starting with its name (`sample: visitor outside 20%`); `undefined` or `''`
 * when it passes. The first rule that says no decides.
 */
export type Reason = string | undefined;

/** The outcome of the rules: `reason` names the rule that decided, e.g. `sample: visitor outside 20%`, or `all rules passed`. */
export interface Decision {
  show: boolean;
  reason: string;
}

/** How long before a `delay` trigger ends the prompt's UI is fetched: time for a slow connection. (A constant of its
 * own here, not in widget/asking.ts, which uses it: the npm entry's light part reads it, and would bring that module.) */
export const PRELOAD_LEAD_MS = 3000;
