/**
 * `POST /api/seed`: `npm run seed-demo` while the demo server runs. The embedded store admits one process
 * at a time, so the seed script hands its options to the server that holds it, which seeds its own store and
 * tells the dashboards to load again. Only from this machine (loopback), only as JSON (no form of another
 * site can post it), and with the dashboard token when one is set.
 */
import { authorized } from './api.mjs';
import { sendJson } from './collect-route.mjs';
import { seed } from './seed.mjs';

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;
const FIELDS = ['count', 'days', 'seed', 'end'];

/**
 * @param {{ store: any, feed: import('./feed.mjs').AnswerFeed, token?: string, log?: (line: string) => void }} options
 * @returns {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL, pathname: string) => boolean}
 */
export function createSeedRoute({ store, feed, token, log = () => {} }) {
  /** @param {import('node:http').IncomingMessage} req @param {import('node:http').ServerResponse} res */
  async function run(req, res) {
    let text = '';
    for await (const chunk of req) text += chunk;
    /** @type {Record<string, unknown>} */
    let body;
    try {
      body = JSON.parse(text || '{}');
    } catch {
      return sendJson(res, 400, { error: 'body: must be JSON' });
    }
    /** @type {Record<string, number>} */
    const options = {};
    for (const field of FIELDS) {
      const value = body[field];
      if (value === undefined) continue;
      if (!Number.isInteger(value) || /** @type {number} */ (value) < 1) return sendJson(res, 400, { error: `${field}: must be a whole number ≥ 1, got ${JSON.stringify(value)}` });
      options[field] = /** @type {number} */ (value);
    }
    const result = await seed(store, options);
    await feed.reload();
    log(`seeded ${result.seeded} sample answers (replacing ${result.replaced})`);
    sendJson(res, 200, result);
  }

  return function handle(req, res, url, pathname) {
    if (pathname != '/api/seed' || req.method != 'POST') return false;
    if (!LOOPBACK.test(req.socket.remoteAddress || '')) sendJson(res, 403, { error: 'seed: only from this machine' });
    else if (!authorized(req, url, token)) sendJson(res, 401, { error: 'authorization: seeding needs the dashboard token (HEARKEN_DASHBOARD_TOKEN)' });
    else if (!/^application\/json\b/i.test(req.headers['content-type'] || '')) sendJson(res, 415, { error: 'content-type: must be application/json' });
    else run(req, res).catch((e) => sendJson(res, 500, { error: `seed: ${e instanceof Error ? e.message : e}` }));
    return true;
  };
}
