// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchRoutes } from '../../src/rules/routes';

const offs: (() => void)[] = [];
const watch = (fn: (href: string) => void) => {
  const off = watchRoutes(window, fn);
  offs.push(off);
  return off;
};
afterEach(() => {
  offs.splice(0).forEach((off) => off());
  history.replaceState(null, '', '/');
});

describe('watchRoutes', () => {
  it.each([
    ['pushState', () => history.pushState({}, '', '/pricing'), '/pricing'],
    ['replaceState', () => history.replaceState({}, '', '/cart'), '/cart'],
  ])('reports a route change by %s', (_, navigate, path) => {
    const seen: string[] = [];
    watch((href) => seen.push(href.replace(location.origin, '')));
    navigate();
    expect(seen).toEqual([path]);
  });

  it('reports a hash change (hash routers)', async () => {
    const seen: string[] = [];
    watch((href) => seen.push(href.replace(location.origin, '')));
    const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
    location.hash = '#/b';
    await changed;
    expect(seen).toEqual(['/#/b']);
  });

  it('reports popstate (back and forward)', async () => {
    const seen: string[] = [];
    watch((href) => seen.push(new URL(href).pathname));
    history.pushState({}, '', '/a');
    history.pushState({}, '', '/b');
    const popped = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    history.back();
    await popped;
    expect(seen).toEqual(['/a', '/b', '/a']);
  });

  it('ignores a replaceState that keeps the URL (state or scroll updates)', () => {
    const fn = vi.fn();
    watch(fn);
    history.replaceState({ scroll: 10 }, '', location.href);
    expect(fn).not.toHaveBeenCalled();
  });

  it('patches history once per window, shared by every watcher', () => {
    const a = vi.fn();
    const b = vi.fn();
    watch(a);
    const patched = history.pushState;
    watch(b);
    expect(history.pushState).toBe(patched);
    history.pushState({}, '', '/once');
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
  });

  it('stops reporting after unsubscribe and leaves a router wrapped around the patch working', () => {
    const fn = vi.fn();
    const off = watch(fn);
    const routerSaw: string[] = [];
    const inner = history.pushState;
    history.pushState = function (this: History, ...args: Parameters<History['pushState']>) {
      routerSaw.push(String(args[2]));
      return inner.apply(this, args);
    };
    off();
    history.pushState({}, '', '/after');
    expect(fn).not.toHaveBeenCalled();
    expect(routerSaw).toEqual(['/after']);
    expect(location.pathname).toBe('/after');
    history.pushState = inner;
  });

  it('a listener that throws does not stop the others', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const after = vi.fn();
    watch(() => {
      throw new Error('boom');
    });
    watch(after);
    history.pushState({}, '', '/x');
    expect(after).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0][0]).toMatch(/^\[hearken\]/);
    error.mockRestore();
  });
});
