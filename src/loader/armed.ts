import type { TriggerWindow, DeviceWindow } from '../rules/index';
import type { ReadAttribute } from './gate';
import { PRELOAD_LEAD_MS, createTriggers, detectDevice, pagesBar } from '../rules/index';
import { realClock } from '../storage/index';
import { onRouteChange } from './routes';

/**
 * What is left of the prompt's wait, asked when the full script starts; it disarms these triggers (the full
 * script arms its own): `0` when a scroll, exit intent or event fired (show at once), the milliseconds left of
 * `data-delay` after the window's load, or `undefined` when neither is known (the full script counts the delay
 * from the window's load itself).
 */
export type WaitLeft = {
  (): number | undefined;
  /**
   * Whether an armed trigger waits for `name` (a `track()`'s): `data-on-event`'s event, on a route `data-pages`
   * includes. The light starts' stubs drop a `track()` none waits for: the full script would only start its rules.
   */
  waitsFor(name: unknown): boolean;
};

/** What arming needs of the window: its triggers', the device's, its globals. */
export type ArmWindow = TriggerWindow & DeviceWindow & Window;

/** What `dist/hearken-triggers.js` leaves for hearken.js: `armTriggers`. */
export type ArmTriggers = (win: ArmWindow, read: ReadAttribute, wake: () => void) => WaitLeft;

/**
 * The triggers armed last on this page by each light start (keyed by its `wake`: the script tag's, or each npm
 * widget's): a new arming of the same one (hearken.js looking again after a route) stops them and takes their place,
 * while another widget's stay armed. The one route hook of the page (`onRouteChange`, added once) arms them all again.
 */
const armedLast = new Map<() => void, { stop(): void; arm(): void }>();
let routesWatched = false;

/**
 * `dist/hearken-triggers.js`: arms the triggers of a page the gate found `'armed'` (a prompt may show, but only a
 * `data-scroll`, `data-exit-intent`, `data-on-event` or long `data-delay` says when) without the full script,
 * which `wake` loads once one fires (with the question's UI, in one file) — for a delay, `PRELOAD_LEAD_MS` before it
 * ends, so that it has time to come.
 * A single-page app's route (`onRouteChange`) arms them again, a delay counting from there, as the full script does
 * (README: "an SPA route change starts it again"); under `data-pages`, a route to a page it leaves out disarms them,
 * and a route to one it includes arms them again, so that a trigger
 * firing on a page left out does not fetch the full script for nothing (`data-on-event`'s event too: hearken.js,
 * which turns an event before the arming into a `track()` call, leaves it to these once armed; a `Hearken.track()`
 * call of the page still brings the full script, which refuses it there).
 * The attributes are the ones the full script or hearken-checks.js found right, on this page view or an earlier one
 * (hearken.js has them checked first where they were not): read as they are.
 */
export const armTriggers: ArmTriggers = (win, read, wake) => {
  const delay = read('delay') ? +read('delay')! : undefined;
  const exitIntent = read('exit-intent');
  const pages = read('pages') || undefined;
  // when the delay started counting: the window's load, or the route that armed the triggers again
  let countingFrom: number | undefined;
  let firedNow = false;
  let stopped = false;
  let triggers: ReturnType<typeof createTriggers> | undefined;
  const arm = () => {
    if (stopped) return;
    if (triggers) triggers.stop();
    triggers = undefined;
    if (pagesBar(pages, win.location)) return;
    countingFrom = win.document.readyState == 'complete' ? Date.now() : undefined;
    triggers = createTriggers(
      {
        delay: delay == undefined ? undefined : delay - PRELOAD_LEAD_MS,
        scroll: read('scroll') ? +read('scroll')! : undefined,
        exitIntent: exitIntent != null && exitIntent.trim() != 'false',
        onEvent: read('on-event') || undefined,
      },
      { window: win, clock: realClock, device: () => detectDevice(win) },
    );
    // hearken.js's wake fetches the full script with the question's UI in one file (hearken-prompt.js)
    triggers.start((trigger) => {
      firedNow = trigger.indexOf('delay') != 0;
      wake();
    });
  };
  const stop = () => {
    stopped = true;
    if (triggers) triggers.stop();
    if (armedLast.get(wake) == armed) armedLast.delete(wake);
  };
  // a route arms them again: a delay counts from the route (without data-pages it went on counting from the load)
  const armed = { stop, arm };
  armedLast.get(wake)?.stop();
  armedLast.set(wake, armed);
  if (win.document.readyState != 'complete') win.addEventListener('load', () => (countingFrom = Date.now()), { once: true });
  arm();
  if (!routesWatched) (routesWatched = true), onRouteChange(win, () => armedLast.forEach((armed) => armed.arm()));
  const left = () => {
    stop();
    return firedNow ? 0 : delay != undefined && countingFrom != undefined ? Math.max(0, countingFrom + delay - Date.now()) : undefined;
  };
  // (disarmed on a route left out: no triggers then)
  left.waitsFor = (name: unknown) => !!triggers && name == read('on-event');
  return left;
};
