import { describe, expect, it } from 'vitest';
import { memoryStorage, readJson, safeStorage, writeJson } from '../../src/storage/index';

const throwing = {
  getItem() {
    throw new Error('SecurityError');
  },
  setItem() {
    throw new Error('QuotaExceededError');
  },
  removeItem() {
    throw new Error('SecurityError');
  },
  key() {
    throw new Error('SecurityError');
  },
  get length(): number {
    throw new Error('SecurityError');
  },
} as unknown as Storage;

describe('safeStorage', () => {
  it.each([
    ['a storage whose every method throws', () => throwing],
    ['a getter that throws (window.localStorage in a sandbox)', () => {
      throw new Error('SecurityError');
    }],
    ['no storage at all', () => null],
  ])('never throws with %s', (_, get) => {
    const store = safeStorage(get as () => Storage);
    expect(store.get('hearken:x')).toBe(null);
    expect(store.set('hearken:x', '1')).toBe(false);
    expect(() => store.remove('hearken:x')).not.toThrow();
    expect(store.keys()).toEqual([]);
  });

  it('reads and writes a working storage', () => {
    const backing = memoryStorage();
    const fake = {
      getItem: backing.get,
      setItem: backing.set,
      removeItem: backing.remove,
      key: (i: number) => backing.keys()[i] ?? null,
      get length() {
        return backing.keys().length;
      },
    } as unknown as Storage;
    const store = safeStorage(() => fake);
    expect(store.set('hearken:a', '1')).toBe(true);
    expect(store.get('hearken:a')).toBe('1');
    expect(store.keys()).toEqual(['hearken:a']);
    store.remove('hearken:a');
    expect(store.get('hearken:a')).toBe(null);
  });
});

describe('JSON helpers', () => {
  it.each([
    ['missing', undefined],
    ['corrupt', '{not json'],
    ['null', 'null'],
  ])('readJson falls back when the value is %s', (_, raw) => {
    const store = memoryStorage(raw === undefined ? {} : { 'hearken:k': raw });
    expect(readJson(store, 'hearken:k', { fallback: true })).toEqual({ fallback: true });
  });

  it('round-trips a value', () => {
    const store = memoryStorage();
    writeJson(store, 'hearken:k', { a: [1, 2] });
    expect(readJson(store, 'hearken:k', null)).toEqual({ a: [1, 2] });
  });
});
