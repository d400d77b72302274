/**
 * The script-tag entry (`dist/hearken.js`): the light start. It sets `window.Hearken` and loads the full script
 * (`dist/hearken-core.js`, src/core.ts) only when this page view may ask, answers wait, or the page calls the API.
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
