// dist/hearken-ui.js: loaded by dist/hearken.js when a prompt is about to show. It draws the question without a
// renderer. hearken.js hands it its script loader, through which the prompt's locale file (dist/locales/<tag>.js)
// loads, and after the question is on screen the steps after the score (dist/hearken-follow-up.js, with preact), which
// follow this file's signals, and their texts (dist/locales/<tag>-later.js).
import { Signal, batch, computed, effect, signal } from '@preact/signals-core';
import { KIT_KEY, followUpSource, makeKit, scriptFollowUp, yieldToMain } from './ui/index';
import { scriptTexts } from './i18n/index';

// One instance of the signals for both files: the later steps' components read the state the question step made.
// What @preact/signals takes from the core, and no more: a follow-up file needing another export fails
// tests/e2e/ui-split.test.ts, which answers through the built files.
const shared = { '@preact/signals-core': { Signal, batch, computed, effect, signal } };

(window as unknown as Record<string, unknown>)[KIT_KEY] = (load: (path: string) => Promise<void>) =>
  makeKit(scriptTexts(window, load), followUpSource(scriptFollowUp(window, load, shared)), () => yieldToMain(window), true);
