// dist/hearken-checks.js: the checks of the script tag's attributes, without their messages' reporting, loaded by
// dist/hearken.js on a page view that may stay light (or arm its triggers) but whose attributes were not found right
// before (a first page view), or whose data-sample visitor has no id yet; it leaves `checkAttributes` on
// window.__hearkenCheck (CHECKS_GLOBAL).
import type { CheckAttributes } from './loader/index';
import { CHECKS_GLOBAL } from './storage/index';
import { checkAttributes } from './loader/index';

// Answers once per page view. The file is asked again only when the light start could not stay light on its first
// answer (its gate still wants the checks: a value this file and the gate read differently), so a second ask answers
// false and the full script comes and decides, rather than asking again and again.
let asked = false;
const once: CheckAttributes = (win, script) => !asked && ((asked = true), checkAttributes(win, script));
(window as unknown as Record<string, unknown>)[CHECKS_GLOBAL] = once;
