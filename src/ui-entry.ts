// dist/hearken-ui.js: loaded by dist/hearken.js when a prompt is about to show. hearken.js hands it its
// script loader, through which the prompt's locale file (dist/locales/<tag>.js) loads.
import { KIT_KEY, makeKit } from './ui/index';
import { scriptTexts } from './i18n/index';

(window as unknown as Record<string, unknown>)[KIT_KEY] = (load: (path: string) => Promise<void>) => makeKit(scriptTexts(window, load));
