// dist/hearken-checks.js: the checks of the script tag's attributes, without their messages' reporting, loaded by
// dist/hearken.js (or dist/hearken-triggers.js, on a page with a trigger to wait for) on a page view that may stay
// light but whose attributes were not found right before (a first page view); it leaves `checkAttributes` on
// window.__hearkenCheck (CHECKS_GLOBAL).
import { CHECKS_GLOBAL } from './storage/index';
import { checkAttributes } from './loader/index';

(window as unknown as Record<string, unknown>)[CHECKS_GLOBAL] = checkAttributes;
