/**
 * Every key hearken writes to the page's storage, and the name of its database: one table, which consent
 * withdrawal walks to erase everything (see `eraseAll`). Keys of localStorage and sessionStorage all start with
 * `<namespace>:`; the namespace is `hearken` unless the outbox is given another.
 */
import * as DEFAULT_KEYS from './default-keys';

export const DEFAULT_NAMESPACE = 'hearken';

/** The keys and names of one namespace: the default one's (default-keys.ts) with its name in place of `hearken`. */
export function storageKeys(namespace: string = DEFAULT_NAMESPACE): Record<keyof typeof DEFAULT_KEYS, string> {
  const keys = {} as Record<keyof typeof DEFAULT_KEYS, string>;
  for (const name of Object.keys(DEFAULT_KEYS) as (keyof typeof DEFAULT_KEYS)[]) keys[name] = namespace + DEFAULT_KEYS[name].slice(DEFAULT_NAMESPACE.length);
  return keys;
}

/** The global of `window` where `dist/hearken-ui.js` leaves the prompt kit for `dist/hearken.js`. */
export const KIT_GLOBAL = '__hearkenKit';

/** The global where the full script (`dist/hearken-core.js`, `dist/hearken-prompt.js`) leaves its start function for the loader, `dist/hearken.js`. */
export const CORE_GLOBAL = '__hearkenCore';

/**
 * The global where `dist/hearken-triggers.js` leaves the arming of a page's triggers for `dist/hearken.js`. Renamed
 * (it was `__hearkenTriggers`, a maker given hearken.js's loader, which had the attributes checked itself) when
 * hearken.js began to have them checked first: under the new name, a copy of either file beside the other of another
 * release is not found (the full script comes, and says which file to copy), rather than called the wrong way.
 */
export const TRIGGERS_GLOBAL = '__hearkenArm';

/**
 * The global where `dist/hearken-checks.js` leaves the attribute checks of a first page view for `dist/hearken.js`.
 * Renamed (it was `__hearkenChecks`) when the checks began to answer whether they
 * remembered the attributes, not only whether they are right: hearken.js asks again on that answer, and a copy of the
 * older file beside it would answer `true` where nothing was kept. Under the new name, such a copy is not found (the
 * full script comes), rather than asked over and over.
 */
export const CHECKS_GLOBAL = '__hearkenCheck';

/** The global where `dist/hearken-delivery.js` leaves the maker of a widget's delivery (the outbox and transports). */
export const DELIVERY_GLOBAL = '__hearkenDelivery';

/** The global where `dist/hearken-pipelines.js` leaves the segment and posthog transports. */
export const PIPELINES_GLOBAL = '__hearkenPipelines';

/** The global where `dist/hearken-messages.js` leaves the words of the option checks' errors for the full script. */
export const MESSAGES_GLOBAL = '__hearkenMessages';

/** The global where `dist/hearken-follow-up.js` leaves the prompt's steps after the score for `dist/hearken-ui.js`. */
export const FOLLOW_UP_GLOBAL = '__hearkenFollowUp';

