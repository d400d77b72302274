import type { ScriptUrl } from '../widget/index';
import type { ElementLifecycle } from './element';
import type { Stub } from './stub';
import type { ArmTriggers, WaitLeft } from './armed';
import type { CheckAttributes } from './check';
import { CHECKS_GLOBAL, CORE_GLOBAL, KEYS, TRIGGERS_GLOBAL } from '../storage/index';
import { countPageview } from '../rules/index';
import { scriptGlobalLoader } from '../widget/index';
import { createStub } from './stub';
import { defineLightElement } from './element';
import { attributesOf, lightReason } from './gate';
import { scriptUrls } from './urls';
import { localStore } from './local';
import { onRouteChange } from './routes';

/** What the loader hands the full script (`dist/hearken-prompt.js` or `dist/hearken-core.js`) when it arrives. */
export interface Loaded {
  window: Window & typeof globalThis;
  script: HTMLScriptElement | null;
  urls: ScriptUrl;
  nonce?: string;
  stub: Stub;
  /**
   * What is left of the prompt's wait when hearken-triggers.js waited for its triggers: `0` when one fired (the full
   * script then shows at once), else what is left of `data-delay` (it waits only that).
   */
  delayLeft?: number;
  /** Why `hearken-triggers.js` could not be had, when that is why the full script came: the full script reports it. */
  missing?: Error;
}

/**
 * The full script with the prompt's question step (`dist/hearken-prompt.js`: hearken-core.js and hearken-ui.js in one
 * file, one request), which the loader fetches when a prompt may show; `dist/hearken-core.js`, without the question,
 * when it comes for answers waiting from an earlier page, for `data-debug`, or before a `data-min-pageviews` count.
 */
const PROMPT_FILE = 'hearken-prompt.js';
const CORE_FILE = 'hearken-core.js';
// (hearken-triggers.js or hearken-checks.js not loading wakes the full script, which arms the triggers or checks the
// attributes itself, and reports it)

/** The full script's start, left on `window[CORE_GLOBAL]`; it answers what it does for `<hearken-survey>`. */
export type StartCore = (loaded: Loaded) => ElementLifecycle;

/**
 * The script tag's light start (`dist/hearken.js`): sets `window.Hearken` to a stub and loads the full script
 * only when this page view may need it — a prompt may show, answers of an earlier page wait, an inline mount or
 * `<hearken-survey>` is on the page, the attributes were found wrong, or the page calls `show()`,
 * `track()`, `consent()` or `flush()`. A page where only a trigger says when to ask gets `hearken-triggers.js`
 * instead, which loads the full script when one fires. A page view that cannot ask, or only by a trigger, whose
 * attributes were not found right before (a first page view) gets `hearken-checks.js` first, which checks and
 * remembers them. Otherwise the page view costs this file and a few storage reads. Once it found that this page view
 * cannot ask (a re-survey wait, sampling, an excluded page or device, a manual trigger, consent), a `track()` call, or
 * `data-on-event`'s event, does what the full script would do with it, nothing: it is dropped, loads nothing, and is
 * not replayed on a later route to an included page.
 *
 * `destroy()` before the full script came: nothing more loads for this page (no trigger, element, route or later
 * call), as nothing does on a destroyed widget; the full script, already on its way, replays it. `consent(false)`
 * where hearken stored nothing has nothing to erase, and `consent(true)` where a rule other than consent keeps this
 * page view light has nothing to show: each waits in the queue like the others. A consent manager's `consent(true)`
 * where `data-consent` alone kept this page view light has the rules decided again, with consent granted (the full
 * script replays the call), so that a consenting visitor who cannot be asked (a re-survey wait…) costs this file alone;
 * also when the call comes before the page is parsed (the rules are decided again once it is).
 */
export function startLoader(win: Window & typeof globalThis & { Hearken?: unknown }, version: string): void {
  if ((win.Hearken as { show?: unknown } | undefined)?.show) return console.warn('[hearken] loaded twice: this copy does nothing');
  const doc = win.document;
  const script = (doc.currentScript as HTMLScriptElement | null) || doc.querySelector<HTMLScriptElement>('script[src*="hearken"]');
  const urls = scriptUrls(win, (script && script.src) || win.location.href);
  // an attribute too: Safari before 15.4 has no `nonce` property
  const nonce = (script && (script.nonce || script.getAttribute('nonce'))) as string | undefined;
  const loader = <T>(path: string, global: string) => scriptGlobalLoader<T>(win, urls, nonce, { path, global });
  const loadCore = loader<StartCore>(PROMPT_FILE, CORE_GLOBAL);
  const loadTriggers = loader<ArmTriggers>('hearken-triggers.js', TRIGGERS_GLOBAL);
  const loadChecks = loader<CheckAttributes>('hearken-checks.js', CHECKS_GLOBAL);
  // data-on-event's event, before the full script arrives, becomes a track() call it replays; not once hearken-triggers.js
  // armed the triggers: theirs hear it (then 0 left), and fetch nothing on a route data-pages leaves out
  // `granted`: 'consent' once consent(true) came where consent alone kept it light: data-consent reads absent
  const read = (name: string) => script && (name == granted ? '' : script.getAttribute('data-' + name));
  let granted: unknown;
  const onEvent = read('on-event');
  const early = () => waitLeft || stub.api.track(onEvent!);
  if (onEvent) win.addEventListener(onEvent, early);
  let core: Promise<ElementLifecycle | void> | undefined;
  // what is left of the wait when hearken-triggers.js armed this page's triggers (it disarms them)
  let waitLeft: WaitLeft | undefined;
  let told = false;
  // why this page view cannot ask, once `decide` found it so: the stub drops track() then (and, once
  // hearken-triggers.js armed them, a track() of an event no trigger waits for)
  let quiet: string | 0 | false | undefined;
  // read before anything may wake the full script (an element already in the page upgrades as it is defined)
  const local = localStore(win);
  const wake = (missing?: Error, path = PROMPT_FILE) =>
    (core =
      core ||
      loadCore(path).then(
        (start) => (
          onEvent && win.removeEventListener(onEvent, early),
          start({ window: win, script, urls, nonce, stub, delayLeft: waitLeft && waitLeft(), missing })
        ),
        (error: Error) => {
          // tried again at the next call that needs it; said once
          core = undefined;
          if (!told) console.error('[hearken] ' + (/ load /.test(error.message) ? '' : 'could not load ' + path + ': ') + error.message);
          told = true;
        },
      ));
  // (see the doc comment) destroy() makes a promise that never settles; consent(false) without a KEYS.prefix key waits
  const stub = createStub((call) => {
    if (call.method == 'destroy') core = core || new Promise((resolve) => resolve);
    else if (call.method != 'consent' || call.args[0] || (local && Object.keys(win.localStorage).some((key) => !key.indexOf(KEYS.prefix)))) wake();
  }, (arg) => quiet || (waitLeft && !waitLeft.waitsFor(arg)), () => ((granted = 'consent'), doc.readyState == 'loading' || decide()));
  (win.Hearken = stub.api as Stub['api'] & { version?: string }).version = version;
  defineLightElement(win, 'hearken-survey', wake);
  // asked only where the script tag and localStorage were found (below)
  const reason = () =>
    lightReason(read, attributesOf(script!), local!, win, Date.now());
  // answers waiting, and data-debug (the full script says on the console why it does not ask, as it always did), load
  // the full script whatever the rules say. With those, or a page-view count to reach, a prompt is not known to come:
  // the full script alone, which fetches the question's UI if one shows after all; else the two in one file
  const lean = local?.get(KEYS.waiting) || read('debug') != null;
  if (!script || !local || lean || !(quiet = reason())) return void wake(undefined, lean || read('min-pageviews') ? CORE_FILE : undefined);
  // consent is known before the page is parsed: a consent manager's consent(true) then is the stub's to grant (which
  // waits for `decide`, as any other reason does: it needs the parsed page, an inline mount further down)
  quiet = quiet == 'consent' && quiet;
  let watching = false;
  const decide = () => {
    if (core) return;
    const why = reason();
    quiet = 0;
    if (!why || doc.querySelector('[data-hearken]')) return void wake();
    // attributes not found right before (a first page view), the rules keeping this page view light or armed: checked
    // by hearken-checks.js; found right and remembered, decide again (with the rules' own reason); else the full script
    if (why == 'check') return void loadChecks().then((check) => (check(win, script) ? decide() : wake()), wake);
    // only a trigger says when: hearken-triggers.js waits (the full script comes when a scroll, exit intent or event
    // fires, or PRELOAD_LEAD_MS before a delay ends); where that file does not load, the full script arms them
    if (why == 'armed') return void loadTriggers().then((arm) => (waitLeft = arm(win, read, wake)), wake);
    if (read('min-pageviews') && why != 'consent') countPageview(local);
    quiet = why;
    // a single-page app may route to a page that is included
    if (!watching && why == 'pages') (watching = true), onRouteChange(win, decide);
  };
  doc.readyState == 'loading' ? doc.addEventListener('DOMContentLoaded', decide) : decide();
}
