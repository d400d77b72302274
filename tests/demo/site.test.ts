import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_DIR, startDemoServer, type DemoServer } from '../../demo/server/app.mjs';
import { parseArgs } from '../../demo/server/cli.mjs';
import { createMemoryStore } from './memory-store';

const root = mkdtempSync(join(tmpdir(), 'hearken-site-'));
const distDir = join(root, 'dist');
let server: DemoServer;
beforeAll(async () => {
  mkdirSync(distDir);
  writeFileSync(join(distDir, 'hearken.js'), 'window.Hearken = {};\n');
  server = await startDemoServer({ port: 0, dataDir: join(root, 'data'), distDir, quiet: true, store: createMemoryStore() });
});
afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

const get = (path: string) => fetch(server.url + path, { redirect: 'manual' });

/** Every HTML file of demo/, except the server's. */
function demoPages(dir = DEMO_DIR): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return ['server', 'data', 'node_modules'].includes(e.name) ? [] : demoPages(path);
    return e.name.endsWith('.html') ? [path] : [];
  });
}

describe('demo site', () => {
  it('serves the overview, the shop pages, the app and the dashboard under a strict CSP', async () => {
    for (const path of ['/', '/shop/', '/shop/product.html', '/shop/cart.html', '/shop/order.html', '/shop/support.html', '/app/', '/dashboard/']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toBe("default-src 'self'");
    }
    expect((await get('/shop')).headers.get('location')).toBe('/shop/');
    expect((await get('/shop/shop.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
  });

  it('loads hearken on the catalogue only through the script tag, and mounts CSAT inline on the order page', async () => {
    const catalogue = await (await get('/shop/')).text();
    const tag = /<script src="\/dist\/hearken.js"([^>]*)><\/script>/.exec(catalogue)![1].replace(/\s+/g, ' ');
    expect(tag).toContain(' data-survey="nps" data-delay="3000" data-brand="Northwind Coffee" data-touchpoint="catalogue"');
    // issue 13: the NPS asks what it was about, and offers detractors to be contacted by email
    expect(tag).toContain(' data-reasons="Delivery time; Price; Product quality; Website; Support" data-contact="email"');
    const support = await (await get('/shop/support.html')).text();
    expect(support).toMatch(/<script src="\/dist\/hearken.js" data-endpoint="\/collect" data-accent="#7a3e1d" data-survey="ces" data-touchpoint="support" data-scroll="60"[^>]*><\/script>/);
    for (const path of ['/shop/product.html', '/shop/cart.html']) {
      expect(await (await get(path)).text(), path).toMatch(/<script src="\/dist\/hearken.js" data-endpoint="\/collect" data-accent="#7a3e1d" data-trigger="manual" defer><\/script>/);
    }
    // issue 17: every shop page sets the shop's own accent, the brown of its header, so the prompt matches
    for (const path of ['/shop/', '/shop/product.html', '/shop/cart.html', '/shop/order.html', '/shop/support.html']) {
      expect(await (await get(path)).text(), path).toMatch(/<script src="\/dist\/hearken.js" data-endpoint="\/collect" data-accent="#7a3e1d"/);
    }
    const order = await (await get('/shop/order.html')).text();
    expect(order).toMatch(/<div data-hearken="csat" data-touchpoint="checkout" data-question="How satisfied are you with your checkout\?"[^>]*><\/div>/);
    // issue 13: the order confirmation's CSAT offers the review link to everyone who answered
    expect(order).toMatch(/<div data-hearken="csat"[^>]*\sdata-review-url="https:\/\/reviews\.example\/northwind-coffee"[^>]*><\/div>/);
    expect(order).toContain('<script src="/dist/hearken.js"');
  });

  it('has no inline scripts, inline styles or event handler attributes in any demo page', () => {
    const pages = demoPages();
    expect(pages.length).toBeGreaterThanOrEqual(3);
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      expect(html, file).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
      expect(html, file).not.toMatch(/<style[\s>]|\sstyle=|\son[a-z]+=|javascript:/i);
    }
  });

  it('serves the built library from dist/ and says to build when it is missing', async () => {
    const res = await get('/dist/hearken.js');
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('window.Hearken = {};\n');
    const missing = await get('/dist/index.js');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('npm run build');
  });

  it("does not serve the server's code, the stored answers or files outside demo/", async () => {
    for (const path of ['/server/app.mjs', '/data/answers.jsonl', '/app/.gitignore', '/..%2Fpackage.json', '/shop/..%2F..%2Fpackage.json', '/dist/..%2Fdata%2Fanswers.jsonl', '/.gitignore']) {
      expect((await get(path)).status, path).toBe(404);
    }
  });

  it("serves the app's page for any route below /app/, but not for missing files", async () => {
    const shell = await (await get('/app/')).text();
    for (const path of ['/app/checkout', '/app/product/huila', '/app/account']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(await res.text(), path).toBe(shell);
    }
    const missing = await get('/app/dist/nothing.js');
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('npm run build:demo');
  });

  it('serves a registered page with its own headers ahead of files', async () => {
    server.page('/shop/', '<p>replaced</p>', { 'Content-Security-Policy': "script-src 'none'" });
    server.page('/feed.json', '{"a":1}', { 'content-type': 'application/json' });
    const res = await get('/shop/');
    expect(await res.text()).toBe('<p>replaced</p>');
    expect(res.headers.get('content-security-policy')).toBe("script-src 'none'");
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect((await get('/feed.json')).headers.get('content-type')).toBe('application/json');
  });
});

describe('demo/server/index.mjs', () => {
  it('reads PORT and the flags', () => {
    expect(parseArgs([], {})).toEqual({ port: 5173 });
    expect(parseArgs(['--faults', '--seed=9', '--quiet'], { PORT: '0' })).toEqual({ port: 0, quiet: true, faults: { rate: 0.3, seed: 9 } });
    expect(parseArgs(['--faults=0.5', '--no-csp', '--data=/tmp/x'], { PORT: '8080' })).toEqual({ port: 8080, csp: false, dataDir: '/tmp/x', faults: { rate: 0.5 } });
    expect(() => parseArgs(['--fast'], {})).toThrow('[hearken] unknown option --fast');
    expect(() => parseArgs([], { PORT: 'http' })).toThrow('[hearken] PORT must be a port number, got http');
  });

  it('prints the demo URL on 127.0.0.1 at start', async () => {
    const child = spawn(process.execPath, [join(DEMO_DIR, 'server', 'index.mjs'), `--data=${join(root, 'cli-data')}`], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          if (out.includes('\n')) resolve(out.split('\n')[0]);
        });
        child.once('exit', (code) => reject(new Error(`exited with ${code}`)));
      });
      const url = /^hearken demo: (http:\/\/127\.0\.0\.1:\d+)\//.exec(line)?.[1];
      expect(url, line).toBeDefined();
      expect((await fetch(url + '/shop/')).status).toBe(200);
    } finally {
      child.kill();
    }
  }, 120_000);
});
