/**
 * INTERIM, until `hearken/collector` (branch `collector`) ships its stores: a Store of the kit's interface
 * (add, query, stats, erase, export, contacts, setDone, close) kept as a JSON-lines log in `<dir>/answers.jsonl`.
 * Another process writing the same file (`npm run seed-demo`) is noticed by its size and time, and the log
 * is read again.
 */
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { cesScore, csatScore, npsScore, segmentCounts } from 'hearken';

/** Name of the file in the data folder. */
export const ANSWERS_FILE = 'answers.jsonl';

/**
 * @typedef {Record<string, any> & { id: string, seq: number, receivedAt: string, done: boolean }} StoredAnswer
 * @typedef {{ survey?: string, touchpoint?: string, locale?: string, from?: string, to?: string, after?: number, limit?: number }} AnswerFilter
 */

/** @param {any} a @param {AnswerFilter} f */
function matches(a, f) {
  return (
    (!f.survey || a.survey == f.survey) &&
    (!f.touchpoint || a.touchpoint == f.touchpoint) &&
    (!f.locale || a.locale == f.locale) &&
    (!f.from || Date.parse(a.answeredAt) >= Date.parse(f.from)) &&
    (!f.to || Date.parse(a.answeredAt) < Date.parse(f.to)) &&
    (f.after === undefined || a.seq > f.after)
  );
}

/**
 * Opens (creating when needed) the store in a folder.
 * @param {{ dir: string }} options
 */
export async function createJsonLinesStore({ dir }) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, ANSWERS_FILE);
  /** @type {StoredAnswer[]} */
  let answers = [];
  /** @type {Set<string>} */
  let ids = new Set();
  let seen = '';
  // The highest seq ever given, erased answers included: a seq is never given twice.
  let top = 0;
  let torn = false;
  /** @type {Promise<unknown>} */
  let queue = Promise.resolve();

  const mark = () => {
    try {
      const info = statSync(file);
      return `${info.size}:${info.mtimeMs}`;
    } catch {
      return '';
    }
  };

  /** @param {any} entry */
  function apply(entry) {
    if (entry.$erase) {
      const [field, value] = Object.entries(entry.$erase)[0];
      answers = answers.filter((a) => a[field] !== value);
      ids = new Set(answers.map((a) => a.id));
    } else if (entry.$done) {
      const found = answers.find((a) => a.id == entry.$done.id);
      if (found) found.done = entry.$done.done;
    } else if (entry && typeof entry.id == 'string' && !ids.has(entry.id)) {
      ids.add(entry.id);
      answers.push({ seq: top + 1, receivedAt: entry.answeredAt, done: false, ...entry });
      top = Math.max(top, answers[answers.length - 1].seq);
    }
  }

  // The file is a log: answer lines, and `$erase` / `$done` lines applied in order. Read again when another
  // process changed it.
  function load() {
    const now = mark();
    if (now == seen) return;
    seen = now;
    answers = [];
    ids = new Set();
    top = 0;
    const text = now ? readFileSync(file, 'utf8') : '';
    // A torn line without its newline would glue itself to the next append.
    torn = text.length > 0 && !text.endsWith('\n');
    for (const line of text.split('\n')) {
      try {
        apply(JSON.parse(line));
      } catch {
        // an empty line, or a torn last line of an interrupted write: its client got no 2xx and resends
      }
    }
  }

  /** @param {any[]} entries @param {boolean} sync */
  async function append(entries, sync) {
    const handle = await open(file, 'a');
    try {
      await handle.appendFile((torn ? '\n' : '') + entries.map((e) => JSON.stringify(e) + '\n').join(''));
      torn = false;
      if (sync) await handle.datasync();
    } finally {
      await handle.close();
    }
    for (const entry of entries) apply(entry);
    seen = mark();
  }

  /** @template T @param {() => Promise<T>} work @returns {Promise<T>} */
  function serial(work) {
    const result = queue.then(() => (load(), work()));
    queue = result.catch(() => undefined);
    return result;
  }

  /** @param {AnswerFilter} [filter] */
  const select = (filter = {}) => (load(), answers.filter((a) => matches(a, filter)));

  return {
    file,
    /** @param {Record<string, any>[]} batch */
    add: (batch) =>
      serial(async () => {
        const fresh = [];
        const now = new Date().toISOString();
        let seq = top;
        for (const a of batch) {
          if (ids.has(a.id) || fresh.some((f) => f.id == a.id)) continue;
          fresh.push({ ...a, seq: ++seq, receivedAt: now, done: false });
        }
        if (fresh.length) await append(fresh, true);
        return { stored: fresh.length, duplicates: batch.length - fresh.length, storedIds: fresh.map((a) => a.id) };
      }),
    /** @param {AnswerFilter} [filter] */
    query: async (filter = {}) => select(filter).slice(0, filter.limit ?? Infinity),
    /** @param {AnswerFilter} [filter] */
    async stats(filter = {}) {
      const list = select(filter);
      /** @param {'nps' | 'csat' | 'ces'} s @param {any} score */
      const of = (s, score) => {
        const segments = segmentCounts(list, s);
        return { count: Object.values(segments).reduce((n, c) => n + c, 0), segments, score };
      };
      return { total: list.length, nps: of('nps', npsScore(list)), csat: of('csat', csatScore(list)), ces: of('ces', cesScore(list)) };
    },
    /** @param {{ visitorId: string } | { userId: string }} subject */
    erase: (subject) =>
      serial(async () => {
        const before = answers.length;
        await append([{ $erase: subject }], false);
        return { erased: before - answers.length };
      }),
    /** @param {'csv' | 'ndjson'} format @param {AnswerFilter} [filter] */
    async *export(format, filter = {}) {
      for (const a of select(filter)) yield JSON.stringify(a) + '\n';
      void format;
    },
    /** @param {AnswerFilter} [filter] */
    async contacts(filter = {}) {
      const list = select(filter).filter((a) => a.contact && a.contact.consent === true);
      return list.reverse().slice(0, filter.limit ?? Infinity);
    },
    /** @param {string} id @param {boolean} done */
    setDone: (id, done) =>
      serial(async () => {
        if (!ids.has(id)) return false;
        await append([{ $done: { id, done } }], true);
        return true;
      }),
    close: () => queue.then(() => undefined),
  };
}
