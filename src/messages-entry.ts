// dist/hearken-messages.js: the words of the option checks' errors (what a good value looks like, "did you mean …?"),
// loaded by the full script the first time an attribute or option is wrong; it leaves `describeBad` on
// window.__hearkenMessages (MESSAGES_GLOBAL). A page whose attributes are right never downloads it.
import { MESSAGES_GLOBAL } from './storage/index';
import { describeBad } from './config/index';

(window as unknown as Record<string, unknown>)[MESSAGES_GLOBAL] = describeBad;
