/**
 * The npm entry (src/index.ts): its exact export list, its version, and server-side rendering (this
 * file runs in node, with no window).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('src/index.ts', () => {
  it('exports exactly these names (a change here is a change of the public API)', async () => {
    const entry = await import('../src/index');
    expect(Object.keys(entry).sort()).toEqual([
      'VERSION',
      'cesScore',
      'createHearken',
      'csatInterval',
      'csatScore',
      'defineHearkenElement',
      'npsInterval',
      'npsScore',
      'reasonCounts',
      'scaleFor',
      'segmentCounts',
      'segmentOf',
    ]);
  });

  it("VERSION is package.json's version", async () => {
    const { VERSION } = await import('../src/index');
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});

describe('server-side rendering', () => {
  it('importing the entry touches no window, document or customElements', async () => {
    const touched: string[] = [];
    const globals = ['window', 'document', 'navigator', 'customElements', 'localStorage', 'indexedDB'];
    const saved = globals.map((name) => [name, Object.getOwnPropertyDescriptor(globalThis, name)] as const);
    for (const name of globals)
      Object.defineProperty(globalThis, name, { configurable: true, get: () => void touched.push(name) });
    try {
      vi.resetModules();
      const entry = await import('../src/index');
      expect(typeof entry.createHearken).toBe('function');
      expect(touched).toEqual([]);
    } finally {
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(globalThis, name, descriptor);
        else delete (globalThis as Record<string, unknown>)[name];
      }
    }
  });

  // Lit's SSR, Astro with Lit: a DOM shim defines customElements and HTMLElement on the server, and no window
  // (found by the framework developer audit: "window is not defined")
  it('defineHearkenElement() under a DOM shim without a window does nothing', async () => {
    const shim = globalThis as unknown as Record<string, unknown>;
    shim.customElements = { define: vi.fn(), get: () => undefined };
    shim.HTMLElement = class {};
    try {
      const { defineHearkenElement } = await import('../src/index');
      expect(() => defineHearkenElement()).not.toThrow();
      expect((shim.customElements as { define: () => void }).define).not.toHaveBeenCalled();
    } finally {
      delete shim.customElements;
      delete shim.HTMLElement;
    }
  });

  // CommonJS servers and test runners: require() of the ES module entries (Node 20.19 and later) needs a default
  // condition in the exports (found by the framework developer audit: ERR_PACKAGE_PATH_NOT_EXPORTED)
  it('every entry is found by require() as by import', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, string | Record<string, string>> };
    for (const [path, target] of Object.entries(pkg.exports)) {
      if (typeof target == 'string') continue;
      expect(target, path).toMatchObject({ import: target.import, default: target.import });
      expect(Object.keys(target).pop(), path).toBe('default');
    }
    // and Node finds them so, in an app that has hearken in its node_modules (the build is there in `npm test`)
    if (!existsSync(new URL('../dist/index.js', import.meta.url))) return;
    const app = mkdtempSync(join(tmpdir(), 'hearken-cjs-'));
    try {
      mkdirSync(join(app, 'node_modules'));
      symlinkSync(fileURLToPath(new URL('..', import.meta.url)), join(app, 'node_modules', 'hearken'));
      const script = "console.log([require('hearken').createHearken, require('hearken/scoring').npsScore, require('hearken/collector').createCollector].map((f) => typeof f).join())";
      expect(execFileSync(process.execPath, ['--no-warnings', '-e', script], { cwd: app, encoding: 'utf8' }).trim()).toBe('function,function,function');
    } finally {
      rmSync(app, { recursive: true, force: true });
    }
  });

  it('createHearken() without a window is a silent no-op API, even with a relative endpoint', async () => {
    expect(typeof window).toBe('undefined');
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { createHearken, defineHearkenElement } = await import('../src/index');
    const hearken = createHearken({ endpoint: '/collect', survey: 'nps', delay: 1000 });
    expect(Object.keys(hearken).filter((k) => !k.startsWith('_')).sort()).toEqual(
      ['consent', 'destroy', 'flush', 'hide', 'identify', 'on', 'show', 'track'],
    );
    const fn = vi.fn();
    expect(() => {
      hearken.show('csat');
      hearken.hide();
      hearken.identify('u-1', { plan: 'pro' });
      hearken.track('checkout');
      hearken.consent(false);
      hearken.on('answer', fn)();
      hearken.destroy();
      defineHearkenElement();
    }).not.toThrow();
    await expect(hearken.flush()).resolves.toBeUndefined();
    expect(fn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});
