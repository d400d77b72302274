// dist/hearken-ui.js: loaded by dist/hearken.js when a prompt is about to show. hearken.js hands it its
// script loader, through which the prompt's locale file (dist/locales/<tag>.js) loads, and after the question is on
// screen the steps after the score (dist/hearken-follow-up.js), which draw with this file's preact, and their texts
// (dist/locales/<tag>-later.js).
import { Fragment, jsx, jsxs } from 'preact/jsx-runtime';
import { KIT_KEY, followUpSource, makeKit, scriptFollowUp, yieldToMain } from './ui/index';
import { scriptTexts } from './i18n/index';

const shared = { 'preact/jsx-runtime': { Fragment, jsx, jsxs } };

(window as unknown as Record<string, unknown>)[KIT_KEY] = (load: (path: string) => Promise<void>) =>
  makeKit(scriptTexts(window, load), followUpSource(scriptFollowUp(window, load, shared)), () => yieldToMain(window), true);
