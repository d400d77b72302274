/**
 * Static files for the demo server: the pages under demo/, the built library under /dist/, and
 * pages registered at run time by tests (with their own response headers).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';

/** Content types by file extension. */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2',
};

/**
 * Single-page apps under demo/: a path below one of these folders that names no file (and has no
 * extension) gets the folder's index.html, so the storefront app's routes can be reloaded and linked.
 */
export const SPA_ROOTS = ['/app/'];

/** The policy sent with demo pages: they work without inline scripts or styles. */
export const DEMO_CSP = "default-src 'self'";

/**
 * @typedef {{ body: string | Buffer, headers: Record<string, string> }} Page
 * @typedef {object} StaticSite
 * @property {(path: string, body: string | Buffer, headers?: Record<string, string>) => void} page
 *   serves `body` at `path` (HTML unless `headers` give a Content-Type), ahead of any file
 * @property {(req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, pathname: string) => Promise<boolean>} handle
 *   answers GET/HEAD for a registered page or a file; false when there is none
 */

/**
 * @param {{ demoDir: string, distDir: string, csp?: boolean }} options `csp` sends {@link DEMO_CSP} with demo/ HTML (default true)
 * @returns {StaticSite}
 */
export function createStaticSite({ demoDir, distDir, csp = true }) {
  /** @type {Map<string, Page>} */
  const pages = new Map();

  /** @param {string} root @param {string} rel @returns {string | null} */
  function inside(root, rel) {
    const base = resolve(root);
    const file = resolve(base, '.' + sep + rel);
    return file == base || file.startsWith(base + sep) ? file : null;
  }

  /** @param {string} pathname @returns {{ file: string, demo: boolean } | null} */
  function locate(pathname) {
    if (pathname.startsWith('/dist/')) {
      const file = inside(distDir, pathname.slice('/dist/'.length));
      return file ? { file, demo: false } : null;
    }
    // The server's own code and the stored answers are not part of the site.
    // Browsers ask for /favicon.ico on every page, also on pages tests register: answer with the icon, not a 404.
    if (pathname == '/favicon.ico') pathname = '/favicon.svg';
    if (/^\/(server|data)(\/|$)/.test(pathname) || pathname.split('/').some((s) => s.startsWith('.'))) return null;
    const file = inside(demoDir, pathname.slice(1));
    return file ? { file, demo: true } : null;
  }

  return {
    page(path, body, headers = {}) {
      const has = Object.keys(headers).some((h) => h.toLowerCase() == 'content-type');
      pages.set(path, { body, headers: has ? headers : { 'Content-Type': TYPES['.html'], ...headers } });
    },
    async handle(req, res, pathname) {
      if (req.method != 'GET' && req.method != 'HEAD') return false;
      const page = pages.get(pathname);
      if (page) {
        res.writeHead(200, { 'Cache-Control': 'no-store', 'Content-Length': Buffer.byteLength(page.body), ...page.headers });
        res.end(req.method == 'HEAD' ? undefined : page.body);
        return true;
      }
      const found = locate(pathname);
      if (!found) return false;
      let file = found.file;
      let info = await stat(file).catch(() => null);
      if (info && info.isDirectory()) {
        if (!pathname.endsWith('/')) {
          res.writeHead(301, { Location: pathname + '/' });
          res.end();
          return true;
        }
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      const spa = SPA_ROOTS.find((root) => pathname.startsWith(root) && !/\.[a-z0-9]+$/i.test(pathname));
      if ((!info || !info.isFile()) && spa && found.demo) {
        file = join(demoDir, spa, 'index.html');
        info = await stat(file).catch(() => null);
      }
      if (!info || !info.isFile()) return false;
      const type = TYPES[/** @type {keyof typeof TYPES} */ (extname(file).toLowerCase())] || 'application/octet-stream';
      /** @type {Record<string, string | number>} */
      const headers = { 'Content-Type': type, 'Content-Length': info.size, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' };
      if (csp && found.demo && type.startsWith('text/html')) headers['Content-Security-Policy'] = DEMO_CSP;
      res.writeHead(200, headers);
      if (req.method == 'HEAD') res.end();
      else createReadStream(file).pipe(res);
      return true;
    },
  };
}
