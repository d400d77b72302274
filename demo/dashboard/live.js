/**
 * The dashboard's data: every stored answer from `GET /api/answers`, then each new one as it arrives on
 * the Server-Sent Events stream `GET /api/events` (starting from the cursor the first load returned,
 * so nothing stored in between is missed; a reconnect resumes by `Last-Event-ID`). `event: reset` (a seed
 * run replaced the sample) loads every answer again. Answers are kept once per id. With a dashboard token,
 * requests carry it (`Authorization`, or `?token=` for the stream, which cannot send headers).
 */

/**
 * @typedef {import('../../src/surveys/index').Answer & { seq?: number, done?: boolean }} Answer
 * @typedef {object} LiveDeps
 * @property {typeof fetch} fetch
 * @property {new (url: string) => EventSource} EventSource
 * @property {(answers: Answer[], fresh: Answer[]) => void} onChange every answer so far, and the new ones
 * @property {(state: 'connecting' | 'live' | 'offline' | 'locked') => void} [onStatus] `locked`: the token is missing or wrong
 * @property {string} [token] the dashboard token, when the server needs one
 */

/**
 * GETs a JSON API path with the dashboard token.
 * @param {typeof fetch} fetch
 * @param {string} path
 * @param {string} [token]
 */
export async function getJson(fetch, path, token) {
  const response = await fetch(path, token ? { headers: { Authorization: `Bearer ${token}` } } : undefined);
  if (!response.ok) throw Object.assign(new Error(`[hearken] GET ${path} answered ${response.status}`), { status: response.status });
  return response.json();
}

/**
 * Loads the answers and follows the stream. Returns `close()`.
 * @param {LiveDeps} deps
 */
export async function followAnswers({ fetch, EventSource, onChange, onStatus = () => {}, token }) {
  onStatus('connecting');
  /** @type {Answer[]} */
  let all = [];
  /** @type {Set<string>} */
  let ids = new Set();
  const load = async () => {
    const { answers, cursor } = await getJson(fetch, '/api/answers', token);
    all = answers.slice();
    ids = new Set(all.map((a) => a.id));
    onChange(all, []);
    return cursor;
  };
  let cursor;
  try {
    cursor = await load();
  } catch (e) {
    if (/** @type {{ status?: number }} */ (e).status == 401) return onStatus('locked'), { close() {} };
    throw e;
  }

  const source = new EventSource(`/api/events?since=${cursor}${token ? `&token=${encodeURIComponent(token)}` : ''}`);
  source.addEventListener('ready', () => onStatus('live'));
  source.addEventListener('error', () => onStatus(source.readyState == 2 ? 'offline' : 'connecting'));
  source.addEventListener('reset', () => void load().catch(() => onStatus('offline')));
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
