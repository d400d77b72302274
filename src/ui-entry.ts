// dist/hearken-ui.js: loaded by dist/hearken.js when a prompt is about to show. It draws the question without a
// renderer or the signals' runtime. hearken.js hands it its script loader, through which the prompt's locale file
// (dist/locales/<tag>.js) loads, and after the question is on screen the steps after the score
// (dist/hearken-follow-up.js, with preact and signals) and their texts (dist/locales/<tag>-later.js).
import { KIT_KEY, followUpSource, makeKit, scriptFollowUp, yieldToMain } from './ui/index';
import { scriptTexts } from './i18n/index';

(window as unknown as Record<string, unknown>)[KIT_KEY] = (load: (path: string) => Promise<void>) =>
  makeKit(scriptTexts(window, load), followUpSource(scriptFollowUp(window, load)), () => yieldToMain(window), true);
