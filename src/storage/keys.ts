/**
 * Every key hearken writes to the page's storage, and the name of its database: one table, which consent
 * withdrawal walks to erase everything (see `eraseAll`). Keys of localStorage and sessionStorage all start with
 * `<namespace>:`; the namespace is `hearken` unless the outbox is given another.
 */
export const DEFAULT_NAMESPACE = 'hearken';

/** The keys and names of one namespace. */
export function storageKeys(namespace: string = DEFAULT_NAMESPACE) {
  const prefix = namespace + ':';
  return {
    /** Every key below starts with it. */
    prefix,
    /** IndexedDB database of the outbox (store `outbox`). */
    database: namespace,
    /** localStorage: outbox entries where IndexedDB is missing, one key per answer (`<prefix>outbox:<id>`). */
    outboxPrefix: prefix + 'outbox:',
    /** localStorage: the cross-tab flush lock and the ids in flight. */
    flushLock: prefix + 'flush',
    /** localStorage: answers handed to a beacon at page exit, one key per answer (time). */
    sentPrefix: prefix + 'sent:',
    /** localStorage: answers whose outbox write had not landed at page exit, one key per answer. */
    rescuePrefix: prefix + 'rescue:',
    /** localStorage: when each survey was last shown, answered and dismissed (re-survey waits). */
    history: prefix + 'history',
    /** localStorage: the anonymous visitor id. */
    visitor: prefix + 'visitor',
    /** localStorage: page views counted for `minPageviews`. */
    pageviews: prefix + 'pageviews',
    /** localStorage: the floating prompt open in some tab (cross-tab lease). */
    open: prefix + 'open',
    /** localStorage: the survey answered last in some tab (closes it in the others). */
    answered: prefix + 'answered',
    /** sessionStorage: a prompt was shown this session. */
    shown: prefix + 'shown',
    /**
     * localStorage: answers wait in the outbox (the time of the last add), kept in step with it by
     * `outbox/marker.ts`; dist/hearken.js reads it to load the delivery on a page that cannot ask.
     */
    waiting: prefix + 'waiting',
    /** localStorage: a hash of the script tag's attributes that the full script found free of errors. */
    checked: prefix + 'checked',
  };
}

/** The global of `window` where `dist/hearken-ui.js` leaves the prompt kit for `dist/hearken.js`. */
export const KIT_GLOBAL = '__hearkenKit';

/** The global where `dist/hearken-core.js` leaves its start function for the loader, `dist/hearken.js`. */
export const CORE_GLOBAL = '__hearkenCore';

/** The global where `dist/hearken-pipelines.js` leaves the segment and posthog transports. */
export const PIPELINES_GLOBAL = '__hearkenPipelines';

/** The global where `dist/hearken-follow-up.js` leaves the prompt's steps after the score for `dist/hearken-ui.js`. */
export const FOLLOW_UP_GLOBAL = '__hearkenFollowUp';

/** The keys of the default namespace. */
export const KEYS = storageKeys();
