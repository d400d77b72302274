// @vitest-environment jsdom
/** localStorage as the light starts read it (src/loader/local.ts): blocked storage is none, a refused write throws nothing. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { localStore } from '../../src/loader/index';

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('localStore', () => {
  it('reads and writes the page’s localStorage', () => {
    localStorage.setItem('hearken:visitor', 'v-1');
    const local = localStore(window)!;
    expect(local.get('hearken:visitor')).toBe('v-1');
    local.set('hearken:pageviews', '2');
    expect(localStorage.getItem('hearken:pageviews')).toBe('2');
  });

  it('is undefined where storage is blocked (the getter or the first read throws)', () => {
    const blocked = { get localStorage(): Storage { throw new DOMException('denied', 'SecurityError'); } } as unknown as Window;
    expect(localStore(blocked)).toBeUndefined();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => { throw new DOMException('denied', 'SecurityError'); });
    expect(localStore(window)).toBeUndefined();
  });

  it('does not throw when a write is refused (storage full): the count is left as it was', () => {
    localStorage.setItem('hearken:pageviews', '2');
    const local = localStore(window)!;
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new DOMException('full', 'QuotaExceededError'); });
    expect(() => local.set('hearken:pageviews', '3')).not.toThrow();
    expect(local.get('hearken:pageviews')).toBe('2');
  });
});
