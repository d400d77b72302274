import { describe, expect, it } from 'vitest';
import { KEYS, storageKeys } from '../../src/storage/index';

describe('the storage key table', () => {
  it('names every key under one prefix, and the database after the namespace', () => {
    const keys = Object.entries(KEYS).filter(([name]) => name != 'database' && name != 'prefix');
    for (const [name, key] of keys) expect(key, name).toMatch(/^hearken:[a-z]+:?$/);
    expect(KEYS.database).toBe('hearken');
    expect(new Set(keys.map(([, key]) => key)).size).toBe(keys.length);
  });

  it('follows a namespace', () => {
    expect(storageKeys('shop').flushLock).toBe('shop:flush');
    expect(storageKeys('shop').database).toBe('shop');
    expect(storageKeys('shop').waiting).toBe('shop:waiting');
  });

  it("is the default namespace's table (default-keys.ts) for the default namespace, key for key", () => {
    expect(storageKeys()).toEqual({ ...KEYS });
    expect(Object.keys(storageKeys('shop')).sort()).toEqual(Object.keys(KEYS).sort());
  });
});
