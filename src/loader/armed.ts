import type { TriggerWindow, DeviceWindow } from '../rules/index';
import type { ReadAttribute } from './gate';
import { createTriggers, detectDevice } from '../rules/index';
import { realClock } from '../storage/index';
import { PRELOAD_LEAD_MS } from '../widget/index';

/**
 * What is left of the prompt's wait, asked when the full script starts; it disarms these triggers (the full
 * script arms its own): `0` when a scroll, exit intent or event fired (show at once), the milliseconds left of
 * `data-delay` after the window's load, or `undefined` when neither is known (the full script counts the delay
 * from the window's load itself).
 */
export type WaitLeft = () => number | undefined;

/**
 * `dist/hearken-triggers.js`: arms the triggers of a page the gate found `'armed'` (a prompt may show, but only a
 * `data-scroll`, `data-exit-intent`, `data-on-event` or long `data-delay` says when) without the full script,
 * which `wake` loads once one fires — for a delay, `PRELOAD_LEAD_MS` before it ends, so the UI has time to come.
 * The attributes are the ones the full script found right on an earlier page view: read as they are.
 */
export function armTriggers(win: TriggerWindow & DeviceWindow, read: ReadAttribute, wake: () => void): WaitLeft {
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
  triggers.start((trigger) => {
    firedNow = trigger.indexOf('delay') != 0;
    wake();
  });
  return () => {
    triggers.stop();
    return firedNow ? 0 : delay != undefined && loadedAt != undefined ? Math.max(0, loadedAt + delay - Date.now()) : undefined;
  };
}
