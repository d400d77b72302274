import type { PromptKit } from '../ui/index';
import type { Pipelines } from '../transports/index';
import type { MakeDelivery } from './outbox-delivery';
import type { BadOption, Describe } from '../config/index';
import { plainWords } from '../config/index';
import { DELIVERY_GLOBAL, KIT_GLOBAL, MESSAGES_GLOBAL, PIPELINES_GLOBAL } from '../storage/index';

/** Turns a path beside hearken.js into the URL to load (a TrustedScriptURL where the page enforces Trusted Types). */
export type ScriptUrl = (path: string) => string;

/**
 * Loads a file of hearken's from beside `dist/hearken.js` with a `<script>` element (which a `script-src 'self'`
 * policy allows; the nonce of hearken's own tag is passed on for nonce policies). Throws at once when the URL is
 * refused (a Trusted Types policy): such a load fails for good.
 */
export function scriptLoader(win: Window, url: ScriptUrl, nonce?: string): (path: string) => Promise<void> {
  return (path) => {
    const doc = win.document;
    const script = doc.createElement('script');
    // (a script element made by a script runs as soon as it arrives: async without saying so)
    script.src = url(path);
    // setAttribute: Safari before 15.4 has no `nonce` property
    if (nonce) script.setAttribute('nonce', nonce);
    return new Promise<void>((resolve, reject) => {
      script.onload = () => resolve();
      script.onerror = () => reject(new Error('could not load ' + script.src));
      (doc.head || doc.documentElement).appendChild(script);
    });
  };
}

/**
 * Loads `file.path` once and resolves with what it left on `window[global]`, made by `make` (by default, as it is). A script that did not
 * arrive may be tried again at the next call; one whose URL was refused may not. One that ran but left nothing there
 * (a page of errors served in its place, a copy of another version) is `<url> is not hearken's: copy <file> beside
 * hearken.js`. The call may name another path
 * leaving the same global (hearken.js: `hearken-core.js` or `hearken-prompt.js`); the first call's is the one loaded.
 */
export function scriptGlobalLoader<T, G = T>(
  win: Window,
  url: ScriptUrl,
  nonce: string | undefined,
  file: { path: string; global: string },
  make: (found: G, load: (path: string) => Promise<void>) => T = (found) => found as unknown as T,
): (path?: string) => Promise<T> {
  const load = scriptLoader(win, url, nonce);
  let loading: Promise<T> | undefined;
  const found = () => (win as unknown as Record<string, G | undefined>)[file.global];
  // what to do when the file is not there, or is not hearken's
  const fix = (path: string) => ': copy ' + path + ' beside hearken.js';
  return (path = file.path) =>
    loading ||
    (loading = new Promise<void>((resolve) =>
      resolve(
        found()
          ? undefined
          : // a load that failed (`could not load <url>`): tried again at the next call; a refused URL throws before, for good
            load(path).catch((error: Error) => {
              loading = undefined;
              throw new Error(error.message + fix(path));
            }),
      ),
    ).then(() => (found() ? make(found()!, load) : Promise.reject(new Error(url(path) + " is not hearken's" + fix(path))))));
}

/** Loads `dist/hearken-ui.js`, the prompt; the kit gets the same script loader for its locale files. */
export function scriptKitLoader(win: Window, url: ScriptUrl, nonce?: string): () => Promise<PromptKit> {
  const file = { path: 'hearken-ui.js', global: KIT_GLOBAL };
  return scriptGlobalLoader(win, url, nonce, file, (makeKit: (load: (path: string) => Promise<void>) => PromptKit, load) => makeKit(load));
}

/**
 * Puts a refused option in words with `dist/hearken-messages.js`, loaded the first time one is refused (a page whose
 * attributes are right never downloads it). Where it does not load, the words name the option, the value and the
 * file to copy.
 */
export function scriptDescribe(win: Window, url: ScriptUrl, nonce?: string): Describe {
  const file = { path: 'hearken-messages.js', global: MESSAGES_GLOBAL };
  const load = scriptGlobalLoader(win, url, nonce, file, (describe: (bad: BadOption) => string) => describe);
  return (bad) => load().then((describe) => describe(bad), (error: Error) => plainWords(bad) + ' (' + error.message + ')');
}

/** Loads `dist/hearken-pipelines.js`, the segment and posthog transports, at their first batch. */
export function scriptPipelinesLoader(win: Window, url: ScriptUrl, nonce?: string): () => Promise<Pipelines> {
  const file = { path: 'hearken-pipelines.js', global: PIPELINES_GLOBAL };
  return scriptGlobalLoader(win, url, nonce, file, (pipelines: Pipelines) => pipelines);
}

/**
 * Loads `dist/hearken-delivery.js`, the outbox and transports, when answers wait or a prompt is on screen. A load cut
 * short by the page going into the back/forward cache may never end: the next call after the page is back loads
 * afresh (lazy-delivery.ts calls again then).
 */
export function scriptDeliveryLoader(win: Window, url: ScriptUrl, nonce?: string): () => Promise<MakeDelivery> {
  const file = { path: 'hearken-delivery.js', global: DELIVERY_GLOBAL };
  const fresh = () => scriptGlobalLoader(win, url, nonce, file, (make: MakeDelivery) => make);
  let load = fresh();
  win.addEventListener('pageshow', (event) => void ((event as PageTransitionEvent).persisted && (load = fresh())));
  return () => load();
}
