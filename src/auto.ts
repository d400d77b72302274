/**
 * The script-tag entry (`dist/hearken.js`): the light start. It sets `window.Hearken` and loads the full script
 * (src/core.ts: `dist/hearken-prompt.js` with the question's UI, or `dist/hearken-core.js`) only when this page view may
 * ask, answers wait, or the page calls the API.
 */
import { startLoader } from './loader/index';
import { VERSION } from './version';

if (typeof window != 'undefined') {
  try {
    startLoader(window, VERSION);
  } catch (error) {
    console.error('[hearken] could not start: ' + error);
  }
}
