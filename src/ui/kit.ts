import { renderPrompt } from './render';
import { resolvePrompt } from '../config/resolve';

/**
 * What it takes to draw a prompt: preact, signals, the UI and the texts of every locale. Kept apart
 * from the core so pages that show no prompt (most, with re-survey caps) never download it:
 * `dist/hearken-ui.js` for the script tag, a dynamic-import chunk for the npm build.
 */
export interface PromptKit {
  renderPrompt: typeof renderPrompt;
  resolvePrompt: typeof resolvePrompt;
}

/** The kit itself. */
export const kit: PromptKit = { renderPrompt, resolvePrompt };

/** Where `dist/hearken-ui.js` leaves the kit for `dist/hearken.js` (the key table's `KIT_GLOBAL`). */
export { KIT_GLOBAL as KIT_KEY } from '../storage/index';
