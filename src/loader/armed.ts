import type { TriggerWindow, DeviceWindow } from '../rules/index';
import type { ReadAttribute } from './gate';
import { PRELOAD_LEAD_MS, createTriggers, detectDevice } from '../rules/index';
import { realClock } from '../storage/index';

/**
 * What is left of the prompt's wait, asked when the full script starts; it disarms these triggers (the full
 * script arms its own): `0` when a scroll, exit intent or event fired (show at once), the milliseconds left of
 * `data-delay` after the window's load, or `undefined` when neither is known (the full script counts the delay
 * from the window's load itself).
 */
export type WaitLeft = () => number | undefined;

/** What arming needs of the window: its triggers', the device's, its globals. */
export type ArmWindow = TriggerWindow & DeviceWindow & Window;

/** What `dist/hearken-triggers.js` leaves for hearken.js: `armTriggers`. */
export type ArmTriggers = (win: ArmWindow, read: ReadAttribute, wake: () => void) => WaitLeft;

/**
 * `dist/hearken-triggers.js`: arms the triggers of a page the gate found `'armed'` (a prompt may show, but only a
 * `data-scroll`, `data-exit-intent`, `data-on-event` or long `data-delay` says when) without the full script,
 * which `wake` loads once one fires (with the question's UI, in one file) — for a delay, `PRELOAD_LEAD_MS` before it
 * ends, so that it has time to come.
 * The attributes are the ones the full script or hearken-checks.js found right, on this page view or an earlier one
 * (hearken.js has them checked first where they were not): read as they are.
 */
export const armTriggers: ArmTriggers = (win, read, wake) => {
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
};
