import type { FollowUpKit } from './follow-up-source';
import { FOLLOW_UP_GLOBAL } from '../storage/index';

/** The script tag's follow-up file, beside hearken.js. */
export const FOLLOW_UP_FILE = 'hearken-follow-up.js';

/**
 * The script tag's way to the follow-up file: `hearken-follow-up.js` beside hearken.js, loaded by `load` (hearken.js's
 * script loader: its nonce, its Trusted Types policy). The file leaves its kit on `window.__hearkenFollowUp`; it brings
 * its own preact and signals, which the question step does without (cell.ts). A load cut short by the page going
 * into the back/forward cache may never end: it is started again when the page is back.
 */
export function scriptFollowUp(win: Window, load: (path: string) => Promise<void>): () => Promise<FollowUpKit> {
  const fix = ': copy ' + FOLLOW_UP_FILE + ' beside hearken.js';
  const read = () => {
    const kit = (win as unknown as Record<string, FollowUpKit | undefined>)[FOLLOW_UP_GLOBAL];
    if (!kit || !kit.resolveFollowUp) throw new Error(FOLLOW_UP_FILE + " is not hearken's" + fix);
    return kit;
  };
  return () => {
    let again: (event: Event) => void = () => {};
    const loaded = new Promise<FollowUpKit>((resolve, reject) => {
      const attempt = () =>
        load(FOLLOW_UP_FILE)
          .then(read, (error: Error) => {
            throw new Error(error.message + fix);
          })
          .then(resolve, reject);
      again = (event) => void ((event as PageTransitionEvent).persisted && attempt());
      win.addEventListener('pageshow', again);
      attempt();
    });
    const stop = () => win.removeEventListener('pageshow', again);
    loaded.then(stop, stop);
    return loaded;
  };
}
