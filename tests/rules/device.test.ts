import { describe, expect, it } from 'vitest';
import { detectDevice } from '../../src/rules/device';

describe('detectDevice', () => {
  it.each([
    ['a coarse pointer', { matchMedia: (q: string) => ({ matches: q == '(pointer: coarse)' }), innerWidth: 1200 }, 'mobile'],
    ['a fine pointer on a narrow window', { matchMedia: () => ({ matches: false }), innerWidth: 500 }, 'desktop'],
    ['no matchMedia, narrow', { innerWidth: 390 }, 'mobile'],
    ['no matchMedia, wide', { innerWidth: 1280 }, 'desktop'],
    ['a matchMedia that throws, narrow', { matchMedia: () => { throw new Error('x'); }, innerWidth: 390 }, 'mobile'],
  ])('%s → %s', (_, win, kind) => {
    expect(detectDevice(win)).toBe(kind);
  });
});
