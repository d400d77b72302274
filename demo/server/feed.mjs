/**
 * The answers the dashboard shows, read through the store: every answer (`query()`), then those after the
 * last `seq` seen (`query({ after })`) each time the collector stored some, and every `pollMs` for what other
 * processes wrote — `npm run seed-demo` on the running server's store shows without a restart. When answers
 * arrive that this server did not store itself (a seed run, which also replaced the earlier sample), or answers
 * were erased (`store.erase` from another process), the whole list is read again and listeners hear `reset`.
 */

/** How often the store is asked for answers written by other processes. */
export const POLL_MS = 1000;
/** More answers than this from another process are a bulk change: listeners hear `reset`, not each answer. */
const MAX_APPENDED = 100;

/**
 * @typedef {Record<string, any> & { id: string, seq: number }} FeedAnswer
 * @typedef {{ type: 'answers', fresh: FeedAnswer[] } | { type: 'reset' }} FeedChange
 * @typedef {object} AnswerFeed
 * @property {() => FeedAnswer[]} all every answer, oldest first
 * @property {() => number} cursor the `seq` of the newest answer (0 without any)
 * @property {(cursor: number) => FeedAnswer[]} since the answers after a cursor
 * @property {(ids: string[]) => Promise<void>} stored the collector stored these: read them from the store
 * @property {() => Promise<void>} sync reads what is new in the store
 * @property {() => Promise<void>} reload reads every answer again (after erasures) and tells listeners `reset`
 * @property {(listener: (change: FeedChange) => void) => () => void} subscribe returns the unsubscribe function
 * @property {() => void} close stops polling
 */

/**
 * Loads the answers of a store and follows it.
 * @param {{ query: (filter?: { after?: number }) => Promise<FeedAnswer[]>, stats: () => Promise<{ total: number }> }} store
 * @param {{ pollMs?: number, log?: (line: string) => void }} [options]
 * @returns {Promise<AnswerFeed>}
 */
export async function createAnswerFeed(store, { pollMs = POLL_MS, log = () => {} } = {}) {
  let answers = await store.query();
  /** @type {Set<string>} ids this server stored, not yet read back */
  const expected = new Set();
  /** @type {Set<(change: FeedChange) => void>} */
  const listeners = new Set();
  const cursor = () => (answers.length ? answers[answers.length - 1].seq : 0);
  /** @param {FeedChange} change */
  const tell = (change) => {
    for (const listener of listeners) {
      try {
        listener(change);
      } catch (e) {
        log(`a feed listener threw: ${e}`);
      }
    }
  };

  /** @param {boolean} erasures whether to count the store too (the poll does; a batch the collector stored need not) */
  async function read(erasures) {
    const fresh = await store.query({ after: cursor() });
    // Answers erased by another process (a GDPR erasure: `store.erase`, as README shows) change no cursor: only the
    // count tells, read by the poll. The dashboard must not go on showing them (and their contacts) until a restart.
    if (erasures && (await store.stats()).total != answers.length + fresh.length) return readAll();
    if (!fresh.length) return;
    // Answers another process wrote (or ours, read before the collector said so): appended when they are few;
    // else (a seed run adding its sample) every answer is read again.
    const ours = fresh.every((a) => expected.has(a.id));
    if (ours || fresh.length <= MAX_APPENDED) {
      for (const a of fresh) expected.delete(a.id);
      answers = answers.concat(fresh);
      tell({ type: 'answers', fresh });
    } else await readAll();
  }
  async function readAll() {
    answers = await store.query();
    expected.clear();
    tell({ type: 'reset' });
  }
  // One read at a time, so two cannot append the same answers.
  /** @type {Promise<void>} */
  let reading = Promise.resolve();
  const sync = (erasures = true) => (reading = reading.then(() => read(erasures)).catch((e) => log(`reading the store failed: ${e}`)));

  const timer = setInterval(sync, pollMs);
  timer.unref();
  return {
    all: () => answers,
    cursor,
    since: (after) => answers.filter((a) => a.seq > after),
    stored(ids) {
      for (const id of ids) expected.add(id);
      return sync(false);
    },
    sync: () => sync(),
    reload: () => (reading = reading.then(readAll)),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    close: () => clearInterval(timer),
  };
}
