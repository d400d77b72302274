// dist/hearken-triggers.js: the triggers of a page that may ask later (scroll, exit intent, an event, a long delay),
// loaded by dist/hearken.js in place of the full script until one fires; it leaves `armTriggers` on
// window.__hearkenArm (TRIGGERS_GLOBAL).
import { TRIGGERS_GLOBAL } from './storage/index';
import { armTriggers } from './loader/index';

(window as unknown as Record<string, unknown>)[TRIGGERS_GLOBAL] = armTriggers;
