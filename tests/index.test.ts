/**
 * The npm entry (src/index.ts): its exact export list, its version, and server-side rendering (this
 * file runs in node, with no window).
 */
import { readFileSync } from 'node:fs';
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
