/**
 * Every key hearken writes to the page's storage under the default namespace (`hearken`), one constant each, and the
 * name of its database: the one table (`storageKeys` of keys.ts makes the same for another namespace, which
 * consent withdrawal walks to erase everything, see `eraseAll`). Imported as the `KEYS` namespace: a bundle carries
 * only the keys it reads (dist/hearken.js reads five). Each is written out whole, not as `prefix + '…'`: a bundler
 * drops an unused string, not an unused concatenation (tests/storage/keys.test.ts checks that each starts with `prefix`).
 */

/** Every key below starts with it. */
export const prefix = 'hearken:';

/** IndexedDB database of the outbox (store `outbox`). */
export const database = 'hearken';

/** localStorage: outbox entries where IndexedDB is missing, one key per answer (`<prefix>outbox:<id>`). */
export const outboxPrefix = 'hearken:outbox:';

/** localStorage: the cross-tab flush lock and the ids in flight. */
export const flushLock = 'hearken:flush';

/** localStorage: answers handed to a beacon at page exit, one key per answer (time). */
export const sentPrefix = 'hearken:sent:';

/** localStorage: answers whose outbox write had not landed at page exit, one key per answer. */
export const rescuePrefix = 'hearken:rescue:';

/** localStorage: when each survey was last shown, answered and dismissed (re-survey waits). */
export const history = 'hearken:history';

/** localStorage: the anonymous visitor id. */
export const visitor = 'hearken:visitor';

/** localStorage: page views counted for `minPageviews`. */
export const pageviews = 'hearken:pageviews';

/** localStorage: the floating prompt open in some tab (cross-tab lease). */
export const open = 'hearken:open';

/** localStorage: the survey answered last in some tab (closes it in the others). */
export const answered = 'hearken:answered';

/** sessionStorage: a prompt was shown this session. */
export const shown = 'hearken:shown';

/**
 * localStorage: answers wait in the outbox (the time of the last add), kept in step with it by
 * `outbox/marker.ts`; dist/hearken.js reads it to load the delivery on a page that cannot ask.
 */
export const waiting = 'hearken:waiting';

/** localStorage: a hash of the script tag's attributes that the full script found free of errors. */
export const checked = 'hearken:checked';
