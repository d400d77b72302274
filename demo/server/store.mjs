/**
 * The collector's answer store: JSON lines (one answer per line) in `<dataDir>/answers.jsonl`,
 * with every stored id kept in memory so duplicates are recognised, also across restarts.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { open, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Name of the file in the data folder. */
export const ANSWERS_FILE = 'answers.jsonl';

/**
 * @typedef {Record<string, unknown> & { id: string }} StoredAnswer
 * @typedef {object} AnswerStore
 * @property {string} file path of the JSON-lines file
 * @property {(answers: StoredAnswer[]) => Promise<{ stored: number, duplicates: number }>} add
 *   appends the answers whose id is new; resolves once the lines are on disk (fsync)
 * @property {() => StoredAnswer[]} all every stored answer, oldest first
 * @property {(cursor: number) => StoredAnswer[]} since the answers stored after the first `cursor` ones
 *   (a cursor is a count of answers: `count()` now is the cursor of everything so far)
 * @property {(listener: (fresh: StoredAnswer[], cursor: number) => void) => () => void} subscribe
 *   calls `listener` with the answers of each write once they are on disk, and the cursor after them;
 *   returns the unsubscribe function
 * @property {(id: string) => boolean} has whether an id is stored
 * @property {() => number} count how many answers are stored
 * @property {() => Promise<void>} settled resolves when every write begun so far has finished
 * @property {() => Promise<void>} clear forgets every answer and empties the file (for tests)
 */

/**
 * Opens (creating when needed) the store in a folder, loading the answers already there. A last line
 * cut short by a crash is skipped.
 * @param {string} dataDir
 * @returns {AnswerStore}
 */
export function createAnswerStore(dataDir) {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, ANSWERS_FILE);
  /** @type {StoredAnswer[]} */
  const answers = [];
  /** @type {Set<string>} */
  const ids = new Set();
  /** @type {Set<(fresh: StoredAnswer[], cursor: number) => void>} */
  const listeners = new Set();
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if (/** @type {NodeJS.ErrnoException} */ (e).code != 'ENOENT') throw e;
  }
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      const a = JSON.parse(line);
      if (a && typeof a.id == 'string' && !ids.has(a.id)) {
        ids.add(a.id);
        answers.push(a);
      }
    } catch {
      // a torn last line from an interrupted write: the client never got a 2xx for it and will resend
    }
  }
  // A torn line without its newline would glue itself to the next append.
  let needsNewline = text.length > 0 && !text.endsWith('\n');

  // Writes run one at a time so that two requests carrying the same id cannot both store it.
  /** @type {Promise<unknown>} */
  let queue = Promise.resolve();

  /** @param {StoredAnswer[]} batch */
  async function write(batch) {
    /** @type {StoredAnswer[]} */
    const fresh = [];
    const seen = new Set();
    for (const a of batch) {
      if (ids.has(a.id) || seen.has(a.id)) continue;
      seen.add(a.id);
      fresh.push(a);
    }
    if (fresh.length) {
      const lines = (needsNewline ? '\n' : '') + fresh.map((a) => JSON.stringify(a)).join('\n') + '\n';
      const fh = await open(file, 'a');
      try {
        await fh.appendFile(lines, 'utf8');
        await fh.datasync();
      } finally {
        await fh.close();
      }
      needsNewline = false;
      for (const a of fresh) {
        ids.add(a.id);
        answers.push(a);
      }
      for (const listener of listeners) {
        try {
          listener(fresh, answers.length);
        } catch (e) {
          console.error('[hearken] a store listener threw', e);
        }
      }
    }
    return { stored: fresh.length, duplicates: batch.length - fresh.length };
  }

  return {
    file,
    add(batch) {
      const result = queue.then(() => write(batch));
      queue = result.catch(() => undefined);
      return result;
    },
    all: () => answers.slice(),
    since: (cursor) => answers.slice(Math.max(0, Math.floor(cursor) || 0)),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    has: (id) => ids.has(id),
    count: () => answers.length,
    settled: () => queue.then(() => undefined),
    clear() {
      const done = queue.then(async () => {
        await writeFile(file, '');
        answers.length = 0;
        ids.clear();
        needsNewline = false;
      });
      queue = done.catch(() => undefined);
      return done;
    },
  };
}
