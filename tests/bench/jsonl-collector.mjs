// The bench's baseline: the JSON-lines collector the demo ran before it moved onto hearken/collector (main's
// demo/server/collector.mjs + store.mjs), kept here in brief: the same work per request — read the body, parse,
// validate the batch, skip known ids, append the new lines to one file and fsync before answering.
import { mkdirSync, readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A node:http handler storing into `<dir>/answers.jsonl`.
 * @param {string} dir
 * @param {(body: unknown) => { ok: true, answers: { id: string }[] } | { ok: false, error: string }} checkBatch
 */
export function createJsonLinesCollector(dir, checkBatch) {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'answers.jsonl');
  /** @type {Set<string>} */
  const ids = new Set();
  try {
    for (const line of readFileSync(file, 'utf8').split('\n')) if (line) ids.add(JSON.parse(line).id);
  } catch {
    // no file yet
  }
  // one write at a time, so two requests carrying one id cannot both store it
  /** @type {Promise<unknown>} */
  let queue = Promise.resolve();

  /** @param {{ id: string }[]} answers */
  async function append(answers) {
    const fresh = answers.filter((a, i) => !ids.has(a.id) && answers.findIndex((b) => b.id == a.id) == i);
    if (fresh.length) {
      const handle = await open(file, 'a');
      try {
        await handle.appendFile(fresh.map((a) => JSON.stringify(a) + '\n').join(''));
        await handle.datasync();
      } finally {
        await handle.close();
      }
      for (const a of fresh) ids.add(a.id);
    }
    return { stored: fresh.length, duplicates: answers.length - fresh.length };
  }

  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  return async (req, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    /** @param {number} status @param {unknown} body */
    const send = (status, body) => res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
    let batch;
    try {
      batch = checkBatch(JSON.parse(text));
    } catch {
      return send(400, { error: 'body: must be JSON' });
    }
    if (!batch.ok) return send(400, { error: batch.error });
    const answers = batch.answers;
    const result = queue.then(() => append(answers));
    queue = result.catch(() => undefined);
    send(200, { ok: true, ...(await result) });
  };
}
