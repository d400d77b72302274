/**
 * The demo server: the shop pages of demo/, the storefront app at /app/, the dashboard at /dashboard/,
 * the built library at /dist/, the collector kit at /collect (with the demo's faults in front) and the
 * dashboard's API at /api/ (api.mjs), reading through the kit's store.
 * Tests start it in-process with `startDemoServer({ port: 0, dataDir: <temp> })`.
 */
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createAlerts } from './alerts.mjs';
import { createDashboardApi } from './api.mjs';
import { createCollectRoute, sendJson } from './collect-route.mjs';
import { createEventStream } from './events.mjs';
import { createFaults } from './faults.mjs';
import { createAnswerFeed } from './feed.mjs';
import { createCollector, openStore } from './kit.mjs';
import { createSeedRoute } from './seed-route.mjs';
import { createStaticSite } from './static.mjs';

const here = dirname(fileURLToPath(import.meta.url));
/** The demo/ folder. */
export const DEMO_DIR = join(here, '..');
/** The project's dist/ folder. */
export const DIST_DIR = join(here, '..', '..', 'dist');
/** Where answers are stored by default (git-ignored). */
export const DEFAULT_DATA_DIR = join(DEMO_DIR, 'data');

/**
 * @typedef {object} DemoServerOptions
 * @property {number} [port] default 5173; 0 picks a free port
 * @property {string} [host] default 127.0.0.1
 * @property {string} [dataDir] folder of the embedded store; default demo/data
 * @property {string} [databaseUrl] a PostgreSQL connection string (`DATABASE_URL`): the answers go there instead
 * @property {any} [store] a Store of the collector kit to use instead of opening one (closed with the server)
 * @property {string} [dashboardToken] the token the dashboard's API requires (`HEARKEN_DASHBOARD_TOKEN`); default none
 * @property {string} [webhook] where alerts are POSTed (`HEARKEN_WEBHOOK_URL`, `--webhook`); default none
 * @property {typeof fetch} [alertFetch] how alerts are sent; default fetch
 * @property {number[]} [alertRetryMs] waits before each retry of a failed alert
 * @property {number} [pollMs] how often the store is read for answers other processes wrote; default 1000
 * @property {number | boolean | import('./faults.mjs').FaultOptions} [faults] random faults on POST /collect; default none
 * @property {boolean} [quiet] no request log on stdout
 * @property {number} [maxBodyBytes] largest POST /collect body; default 1 MiB
 * @property {string} [token] bearer token a POST /collect with an `Authorization` header must carry; default `demo-token`
 * @property {boolean} [csp] send `Content-Security-Policy: default-src 'self'` with demo/ pages; default true
 * @property {string} [distDir] default the project's dist/
 * @property {string} [demoDir] default demo/
 *
 * @typedef {object} DemoServer
 * @property {string} url e.g. `http://127.0.0.1:5173` (no trailing slash)
 * @property {number} port
 * @property {any} store the collector kit's Store
 * @property {import('./feed.mjs').AnswerFeed} feed the answers the dashboard shows, read through the store
 * @property {import('./alerts.mjs').Alerts} alerts the webhook alerts
 * @property {import('./faults.mjs').Faults} faults scripts faults: `faults.next([...])`, `faults.setMode('down')`
 * @property {(path: string, body: string | Buffer, headers?: Record<string, string>) => void} page
 *   serves a custom page (HTML by default) at `path` with extra response headers, e.g. a CSP
 * @property {() => Promise<void>} clear erases every stored answer, visitor by visitor (for tests)
 * @property {() => Promise<void>} close stops listening, ends every open connection (also hung ones) and
 *   waits for pending writes
 */

/**
 * Starts the demo server.
 * @param {DemoServerOptions} [options]
 * @returns {Promise<DemoServer>}
 */
export async function startDemoServer(options = {}) {
  const { port = 5173, host = '127.0.0.1', dataDir = DEFAULT_DATA_DIR, quiet = false } = options;
  const log = quiet ? () => {} : (/** @type {string} */ line) => console.log(`[hearken] ${line}`);
  const store = options.store || (await openStore({ url: options.databaseUrl, dir: dataDir }));
  const feed = await createAnswerFeed(store, { pollMs: options.pollMs, log });
  const alerts = createAlerts({ url: options.webhook, fetch: options.alertFetch, retryMs: options.alertRetryMs, log });
  const faults = createFaults(options.faults);
  const collector = createCollector({
    store,
    maxBodyBytes: options.maxBodyBytes,
    // Every client of the demo is 127.0.0.1: a limit per address would throttle the shop, the app and the tests together.
    rateLimit: 0,
    allowOrigins: '*',
    onStored(/** @type {any[]} */ stored) {
      alerts.notify(stored);
      return feed.stored(stored.map((a) => a.id));
    },
    log,
  });
  const collect = createCollectRoute({ collector, faults, maxBodyBytes: options.maxBodyBytes, token: options.token, log });
  const events = createEventStream(feed);
  const api = createDashboardApi({ store, feed, events, token: options.dashboardToken });
  const seeding = createSeedRoute({ store, feed, token: options.dashboardToken, log });
  const site = createStaticSite({ demoDir: options.demoDir || DEMO_DIR, distDir: options.distDir || DIST_DIR, csp: options.csp });

  const server = createServer((req, res) => {
    // One request per connection: browsers silently resend a request whose reused connection was
    // dropped, which would hide the drop faults from the widget.
    res.shouldKeepAlive = false;
    let pathname;
    let url;
    try {
      url = new URL(req.url || '/', 'http://x');
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return sendJson(res, 400, { error: 'url: malformed' });
    }
    if (collect(req, res, pathname)) return;
    if (seeding(req, res, url, pathname)) return;
    if (api(req, res, url, pathname)) return;
    site.handle(req, res, pathname).then(
      (done) => {
        if (done) return;
        const missing = pathname.startsWith('/dist/')
          ? ' (run `npm run build` first)'
          : pathname.startsWith('/app/dist/')
            ? ' (run `npm run build:demo` first)'
            : '';
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        res.end(`Not found: ${pathname}${missing}\n`);
      },
      (e) => {
        log(`${req.method} ${pathname} failed: ${e}`);
        if (!res.headersSent) res.writeHead(500);
        res.end();
      },
    );
  });

  await new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolveListen(undefined));
  });
  const address = server.address();
  const actual = typeof address == 'object' && address ? address.port : port;

  return {
    url: `http://${host}:${actual}`,
    port: actual,
    store,
    feed,
    alerts,
    faults,
    page: site.page,
    async clear() {
      for (const visitorId of new Set((await store.query()).map((/** @type {any} */ a) => a.visitorId))) await store.erase({ visitorId });
      await feed.reload();
    },
    async close() {
      events.close();
      feed.close();
      alerts.close();
      await new Promise((done) => {
        server.close(() => done(undefined));
        server.closeAllConnections();
      });
      await store.close();
    },
  };
}
