/**
 * The demo server: the shop pages of demo/, the storefront app at /app/, the dashboard at /dashboard/,
 * the built library at /dist/, the collector at /collect and the live answer stream at /api/events.
 * Tests start it in-process with `startDemoServer({ port: 0, dataDir: <temp> })`.
 */
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createCollector, sendJson } from './collector.mjs';
import { createEventStream } from './events.mjs';
import { createFaults } from './faults.mjs';
import { createStaticSite } from './static.mjs';
import { createAnswerStore } from './store.mjs';

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
 * @property {string} [dataDir] folder of answers.jsonl; default demo/data
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
 * @property {import('./store.mjs').AnswerStore} store the stored answers
 * @property {import('./faults.mjs').Faults} faults scripts faults: `faults.next([...])`, `faults.setMode('down')`
 * @property {(path: string, body: string | Buffer, headers?: Record<string, string>) => void} page
 *   serves a custom page (HTML by default) at `path` with extra response headers, e.g. a CSP
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
  const store = createAnswerStore(dataDir);
  const faults = createFaults(options.faults);
  const collector = createCollector({ store, faults, maxBodyBytes: options.maxBodyBytes, token: options.token, log });
  const events = createEventStream(store);
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
    if (collector(req, res, pathname)) return;
    if (pathname == '/api/events' && req.method == 'GET') return events.handle(req, res, url.searchParams);
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
    faults,
    page: site.page,
    async close() {
      events.close();
      await new Promise((done) => {
        server.close(() => done(undefined));
        server.closeAllConnections();
      });
      await store.settled();
    },
  };
}
