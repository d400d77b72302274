import type { ReadWriteStore } from '../storage/index';
import type { SurveyKind } from '../surveys/index';
import type { PageLocation, DeviceWindow } from '../rules/index';
import type { History } from '../rules/index';
import { KEYS, readJson } from '../storage/index';
import { PRELOAD_LEAD_MS, detectDevice, hashUnit, heldBy, inSample, pagesBar, sendsGpc, surveyKey } from '../rules/index';

/** Reads one of the script tag's attributes by its name without `data-` (`null` when absent). */
export type ReadAttribute = (name: string) => string | null;

/** What the gate looks at (`lightReason`'s arguments, in this order: positional, which keeps dist/hearken.js smaller). */
export interface GateDeps {
  read: ReadAttribute;
  /** Every `data-*` attribute of the script tag, as `attributesOf` writes them: what the full script checked. */
  attributes: string;
  /** localStorage (where it is blocked, nothing is known: the loader does not ask, the full script decides). */
  local: ReadWriteStore;
  window: DeviceWindow & { location: PageLocation; navigator: object };
  now: number;
}

/**
 * Every `data-*` attribute of the script tag, as the JSON of its `dataset` (`{"survey":"nps","onEvent":"added"}`):
 * what `checked` remembers.
 */
export function attributesOf(script: HTMLElement): string {
  return JSON.stringify(script.dataset);
}

/** A short hash of the script tag's attributes, remembered by the full script or hearken-checks.js when it found them all right. */
export function attributesHash(attributes: string): string {
  // hashUnit's 32-bit hash, back as an integer (scaling by a power of two is exact)
  return (hashUnit(attributes) * 4294967296).toString(36);
}

const lower = (value: string | null) => (value || '').trim().toLowerCase();

/**
 * Why no prompt can show on this page view, by the rules the full script would apply — or `''` when it may, or
 * when the light script cannot tell: then the full script must load. Light only when sure:
 * - consent is pending or denied (the page's `consent(true)` loads the full script), or Global Privacy Control
 *   denies it under `data-respect-gpc`, or
 * - the full script found these very attributes free of errors on an earlier page view, and the trigger is
 *   manual, the page is excluded, the device is not the one asked, the visitor is sampled out, or a
 *   re-survey or dismiss wait holds.
 * `'armed'` when a prompt may show but only a trigger says when: `data-scroll`, `data-exit-intent`, `data-on-event`
 * or a `data-delay` longer than `PRELOAD_LEAD_MS` (a shorter one ends too soon to wait without the full script; a
 * page-view count is the full script's): hearken-triggers.js arms them, and the full script comes when one fires.
 * Where the attributes were not found right before (a first page view), any reason is `'check'`: hearken.js has them
 * checked by hearken-checks.js first and asks again once they are remembered (any mistake brings the full script,
 * which reports it), then arms the triggers or stays light. `'check'` too for a `data-sample` visitor who has no id
 * yet: hearken-checks.js makes one, and hearken.js asks again, now able to place them in or out of the sample.
 * Answers waiting in the outbox (`KEYS.waiting`) and blocked storage are the loader's to look at, not the gate's.
 */
export function lightReason(read: ReadAttribute, attributes: string, local: ReadWriteStore, win: GateDeps['window'], now: number): string {
  const consent = lower(read('consent'));
  // Global Privacy Control under a right `data-respect-gpc` (bare or `true`) denies consent for good, as the full
  // script's consent does; a wrong value is the full script's to report (it does not honour it)
  const gpc = /^(true|)$/.test((read('respect-gpc') ?? '-').trim()) && sendsGpc(win.navigator);
  if (consent == 'pending' || consent == 'denied' || gpc) return 'consent';
  const survey = (lower(read('survey')) || 'nps') as SurveyKind;
  const key = surveyKey(survey, (read('touchpoint') || '').trim());
  const device = lower(read('device'));
  const sampleText = (read('sample') || '').trim();
  // read as the full script's option reads it (`Number`, so `0x1` is 1, where `parseFloat` would read 0); a value it
  // refuses never comes here with the attributes found right (none: '', which asks nothing of the sample)
  const sample = +sampleText.replace(/%$/, '') / (/%$/.test(sampleText) ? 100 : 1);
  const visitor = local.get(KEYS.visitor);
  const days = (name: string) => (read(name) ? +read(name)! : undefined);
  const why =
    (lower(read('trigger')) == 'manual' ? 'trigger' : '') ||
    (pagesBar(read('pages'), win.location) ? 'pages' : '') ||
    (device && device != detectDevice(win) ? 'device' : '') ||
    // a visitor without an id yet (a first page view) cannot be placed in or out of the sample: hearken-checks.js
    // makes the id, as the full script would, once it found the attributes right, and hearken.js asks again
    (sampleText && sample < 1 && (!visitor ? 'check' : inSample(sample, visitor, key) ? '' : 'sample')) ||
    // today's field names only: a history in 0.1's is read (and rewritten) by the full script
    (heldBy(readJson<History>(local, KEYS.history, {})[key], survey, { resurveyDays: days('resurvey-days'), dismissDays: days('dismiss-days') }, now) ? 'frequency' : '') ||
    // (an empty data-exit-intent asks for exit intent; an empty scroll, event or count is rejected by the full script)
    (!read('min-pageviews') && (read('delay') ? days('delay')! > PRELOAD_LEAD_MS : read('scroll') || read('exit-intent') != null || read('on-event')) ? 'armed' : '');
  return local.get(KEYS.checked) == attributesHash(attributes) ? why : why && 'check';
}
