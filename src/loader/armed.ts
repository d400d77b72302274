import type { TriggerWindow, DeviceWindow } from '../rules/index';
import type { ReadAttribute } from './gate';
import type { CheckAttributes } from './check';
import { PRELOAD_LEAD_MS, createTriggers, detectDevice } from '../rules/index';
import { CHECKS_GLOBAL, KEYS, realClock } from '../storage/index';
import { attributesHash, attributesOf } from './gate';

/**
 * What is left of the prompt's wait, asked when the full script starts; it disarms these triggers (the full
 * script arms its own): `0` when a scroll, exit intent or event fired (show at once), the milliseconds left of
 * `data-delay` after the window's load, or `undefined` when neither is known (the full script counts the delay
 * from the window's load itself).
 */
export type WaitLeft = () => number | undefined;

/** Loads a file from beside hearken.js (hearken.js's own loader: its nonce, its Trusted Types policy). */
export type LoadScript = (path: string) => Promise<void>;

/** What arming needs of the window: its triggers', the device's, its globals. */
export type ArmWindow = TriggerWindow & DeviceWindow & Window;

/**
 * What `dist/hearken-triggers.js` leaves for hearken.js: given its loader, the arming of a page's triggers (`script`:
 * hearken's tag; `decide`: hearken.js's decision, asked again once attributes not found right before are).
 */
export type MakeArm = (load: LoadScript) => (win: ArmWindow, read: ReadAttribute, wake: () => void, script: Element, decide: () => void) => WaitLeft;

/** Whether the full script (or hearken-checks.js) found these very attributes right, on this page view or before. */
function foundRight(win: Window, script: Element): boolean {
  try {
    return win.localStorage.getItem(KEYS.checked) == attributesHash(attributesOf(script));
  } catch {
    return false;
  }
}

/**
 * See `MakeArm`. Attributes found right before are armed at once. Others (a first page view, or attributes changed
 * since) are checked first by `dist/hearken-checks.js` (the full script's checks, without their messages, fetched
 * only then): right and remembered, hearken.js decides again, now trusting them (it may arm them, or find that no
 * prompt can show here); wrong, not remembered (storage refused), or where that file does not load, the full
 * script comes at once, and reports what is wrong (a file that does not load is one `[hearken]` error, here). Until
 * then nothing is armed: a full script that comes for another reason (an API call) counts the delay itself.
 */
export const makeArm: MakeArm = (load) => (win, read, wake, script, decide) => {
  if (foundRight(win, script)) return armTriggers(win, read, wake);
  const here = win as unknown as Record<string, CheckAttributes | undefined>;
  const fetched = () =>
    load('hearken-checks.js').catch((error: Error) => {
      // the page still works (the full script checks the attributes), at the full script's cost on each first page view
      console.error('[hearken] ' + error.message + ': copy hearken-checks.js beside hearken.js');
      throw error;
    });
  Promise.resolve(here[CHECKS_GLOBAL] || fetched())
    .then(() => (here[CHECKS_GLOBAL]!(win, script) ? decide() : wake()))
    .catch(() => wake());
  return () => undefined;
};

/**
 * `dist/hearken-triggers.js`: arms the triggers of a page the gate found `'armed'` (a prompt may show, but only a
 * `data-scroll`, `data-exit-intent`, `data-on-event` or long `data-delay` says when) without the full script,
 * which `wake` loads once one fires (with the question's UI, in one file) — for a delay, `PRELOAD_LEAD_MS` before it
 * ends, so that it has time to come.
 * The attributes are the ones the full script found right on an earlier page view: read as they are.
 */
export function armTriggers(win: ArmWindow, read: ReadAttribute, wake: () => void): WaitLeft {
  const delay = read('delay') ? +read('delay')! : undefined;
  const exitIntent = read('exit-intent');
  let loadedAt: number | undefined;
  let firedNow = false;
  const triggers = createTriggers(
    {
      delay: delay == undefined ? undefined : delay - PRELOAD_LEAD_MS,
      scroll: read('scroll') ? +read('scroll')! : undefined,
      exitIntent: exitIntent != null && exitIntent.trim() != 'false',
      onEvent: read('on-event') || undefined,
    },
    { window: win, clock: realClock, device: () => detectDevice(win) },
  );
  const loaded = () => (loadedAt = Date.now());
  win.document.readyState == 'complete' ? loaded() : win.addEventListener('load', loaded, { once: true });
  // hearken.js's wake fetches the full script with the question's UI in one file (hearken-prompt.js)
  triggers.start((trigger) => {
    firedNow = trigger.indexOf('delay') != 0;
    wake();
  });
  return () => {
    triggers.stop();
    return firedNow ? 0 : delay != undefined && loadedAt != undefined ? Math.max(0, loadedAt + delay - Date.now()) : undefined;
  };
}
