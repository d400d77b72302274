/**
 * The dashboard's data: every stored answer from `GET /api/answers`, then each new one as it arrives on
 * the Server-Sent Events stream `GET /api/events` (starting from the cursor the first load returned,
 * so nothing stored in between is missed; a reconnect resumes by `Last-Event-ID`). Answers are kept
 * once per id.
 */

/**
 * @typedef {import('../../src/types').Answer} Answer
 * @typedef {object} LiveDeps
 * @property {typeof fetch} fetch
 * @property {new (url: string) => EventSource} EventSource
 * @property {(answers: Answer[], fresh: Answer[]) => void} onChange every answer so far, and the new ones
 * @property {(state: 'connecting' | 'live' | 'offline') => void} [onStatus]
 */

/**
 * Loads the answers and follows the stream. Returns `close()`.
 * @param {LiveDeps} deps
 */
export async function followAnswers({ fetch, EventSource, onChange, onStatus = () => {} }) {
  onStatus('connecting');
  const response = await fetch('/api/answers');
  if (!response.ok) throw new Error(`[hearken] GET /api/answers answered ${response.status}`);
  const { answers, cursor } = await response.json();
  /** @type {Answer[]} */
  const all = answers.slice();
  const ids = new Set(all.map((a) => a.id));
  onChange(all, []);

  const source = new EventSource(`/api/events?since=${cursor}`);
  source.addEventListener('ready', () => onStatus('live'));
  source.addEventListener('error', () => onStatus(source.readyState == 2 ? 'offline' : 'connecting'));
  source.addEventListener('answer', (e) => {
    let a;
    try {
      a = JSON.parse(/** @type {MessageEvent} */ (e).data);
    } catch {
      return;
    }
    if (!a || ids.has(a.id)) return;
    ids.add(a.id);
    all.push(a);
    onChange(all, [a]);
  });
  return { close: () => source.close() };
}
