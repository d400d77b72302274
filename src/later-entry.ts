// dist/hearken-follow-up.js: loaded by dist/hearken-ui.js once the question is on screen (or at once when a score is
// picked before then): preact and its signals, and the comment step, reasons, contact request, thank-you and review
// link drawn with them, their stylesheet, the loop options' checks and the comment scrubbing. It leaves them on
// window.__hearkenFollowUp (FOLLOW_UP_GLOBAL); its components read signals mirroring the question's state
// (src/ui/signal-state.ts).
import { FOLLOW_UP_GLOBAL } from './storage/index';
import { followUpKit } from './ui/index';

(window as unknown as Record<string, unknown>)[FOLLOW_UP_GLOBAL] = followUpKit;
