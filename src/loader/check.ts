import type { HearkenOptions, Report } from '../config/index';
import type { Delivery } from '../outbox/index';
import { optionsFromAttributes } from '../config/index';
import { KEYS, safeStorage } from '../storage/index';
import { migrateHistory, sendsGpc } from '../rules/index';
import { checkDelivery } from '../widget/index';
import { attributesHash, attributesOf } from './gate';

/** What `dist/hearken-checks.js` leaves for hearken.js: see `checkAttributes`. */
export type CheckAttributes = (win: Window, script: HTMLElement) => boolean;

/**
 * Stores the hash of attributes found free of errors, once consent allows storing (never under Global Privacy
 * Control), and brings a history of 0.1's into today's names: what dist/hearken.js needs to stay light. The full
 * script does this once it found its attributes right, hearken-checks.js (or the npm entry's checks' chunk) where it
 * found them right first. Says whether they are kept now (not under Global Privacy Control, nor where storage
 * refused the write).
 */
export function rememberChecked(win: Window, options: HearkenOptions, attributes: string): boolean {
  if (options.respectGpc && sendsGpc(win.navigator)) return false;
  const local = safeStorage(() => win.localStorage);
  const hash = attributesHash(attributes);
  // written once per change of the attributes, not on every page view
  if (local.get(KEYS.checked) != hash) local.set(KEYS.checked, hash);
  migrateHistory(local);
  return local.get(KEYS.checked) == hash;
}

/**
 * Under `sample` (below 1), a visitor without an id yet (a first page view) gets one, as the full script's
 * `createVisitor` makes it, so that the light start can place them in or out of the sample without the full script.
 * Says whether the visitor has an id now, or needs none. Called by the checks' files once they remembered the
 * options (so never under Global Privacy Control, nor where consent is pending or denied: the gate stays light then
 * without asking them). Not by the full script, which makes the id itself.
 */
export function keptVisitor(win: Window, options: HearkenOptions): boolean {
  if (!(options.sample! < 1)) return true;
  const local = safeStorage(() => win.localStorage);
  // `crypto.randomUUID`, the full script's own way on a secure page; on an http page it is missing: nothing is made
  // here, and the full script comes and makes the id by its fallback
  if (!local.get(KEYS.visitor) && win.crypto.randomUUID) local.set(KEYS.visitor, win.crypto.randomUUID());
  return !!local.get(KEYS.visitor);
}

/**
 * `dist/hearken-checks.js`: whether the full script would find hearken's script tag free of errors — the same checks
 * (each attribute's, and what delivery needs), run without their messages — and they are now remembered as the full
 * script remembers them. Wrong, nothing is said here: the full script comes, and reports each mistake; right but
 * not remembered (storage refused), it comes too, since hearken.js could not stay light on what it cannot read.
 * Asked by hearken.js on a page view whose attributes were not found right before and whose rules would keep it light
 * (a manual trigger, an excluded page…) or arm a trigger to wait for; so that a first page view need not download the
 * full script to have them checked. (Consent: a page whose `data-consent` is pending or denied never gets here.)
 */
export const checkAttributes: CheckAttributes = (win, script) => {
  const options = foundRight((count) => optionsFromAttributes(script, 'data-', count, win.location.href));
  return !!options && rememberChecked(win, options, attributesOf(script)) && keptVisitor(win, options);
};

/**
 * The options that `check` makes, when neither it nor what delivery needs of them (`checkDelivery`, with the app's
 * shared outbox, if any) found anything wrong; `undefined` when something was. The checks of the checks' chunks
 * (`checkAttributes` here, the npm entry's `checkGiven`): their reports are counted, never put in words. (A mistake
 * counted twice, such as a refused endpoint that is then missing, is still a mistake.)
 */
export function foundRight(check: (report: Report) => HearkenOptions, delivery?: Delivery): HearkenOptions | undefined {
  let wrong = 0;
  const count = () => void wrong++;
  const options = check(count);
  checkDelivery(options, options as Record<string, unknown>, { delivery }, count, String);
  return wrong ? undefined : options;
}

/** How many options found right `rememberOptions` keeps under keys of their own; past it, the oldest go. */
export const OPTIONS_KEPT = 16;

/**
 * Remembers `createHearken`'s options as found right (their text, loader/options.ts's `optionsText`), as the script
 * tag's attributes are remembered, and under a key of their own too, so that each of an app's widgets stays light
 * on the page views that cannot ask, not only the last one made (`optionsLightReason` reads both). That key holds
 * when they were first found right: options that change on every page would otherwise add a key per page view, so
 * past `OPTIONS_KEPT` the oldest go (a widget whose key went is checked again, once). Says whether they are kept
 * (`rememberChecked`).
 */
export function rememberOptions(win: Window, options: HearkenOptions, text: string): boolean {
  // none under Global Privacy Control, or where storage refused the first: rememberChecked wrote nothing then
  if (!rememberChecked(win, options, text)) return false;
  const hash = attributesHash(text);
  const own = KEYS.checked + ':';
  const local = safeStorage(() => win.localStorage);
  if (local.get(own + hash)) return true;
  local.set(own + hash, String(Date.now()));
  // newest first (a value of an earlier build, `1`, or none readable, counts as the oldest)
  const since = (name: string) => Number(local.get(name)) || 0;
  const kept = local.keys().filter((name) => name.indexOf(own) == 0);
  kept.sort((a, b) => since(b) - since(a)).slice(OPTIONS_KEPT).forEach((name) => local.remove(name));
  return true;
}
