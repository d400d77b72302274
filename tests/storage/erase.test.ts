import { describe, expect, it, vi } from 'vitest';
import { eraseAll, memoryStorage, storageKeys } from '../../src/storage/index';

describe('eraseAll', () => {
  it('removes every key of the table from both storages and deletes the database, and nothing else', () => {
    const keys = storageKeys();
    const ours = [keys.visitor, keys.history, keys.flushLock, keys.open, keys.sentPrefix + 'a1', keys.rescuePrefix + 'a1', keys.outboxPrefix + 'a1'];
    const local = memoryStorage({ ...Object.fromEntries(ours.map((key) => [key, '1'])), cart: '3', xhearken: '1' });
    const session = memoryStorage({ [keys.shown]: '{}', tab: '1' });
    const deleteDatabase = vi.fn();
    eraseAll({ local, session, indexedDB: { deleteDatabase } as unknown as IDBFactory });
    expect(local.keys().sort()).toEqual(['cart', 'xhearken']);
    expect(session.keys()).toEqual(['tab']);
    expect(deleteDatabase).toHaveBeenCalledWith('hearken');
  });

  it('erases the namespace the outbox was given, not a hard-coded one', () => {
    const local = memoryStorage({ 'shop:visitor': 'v', 'hearken:visitor': 'w' });
    const deleteDatabase = vi.fn();
    eraseAll({ local, indexedDB: { deleteDatabase } as unknown as IDBFactory }, 'shop');
    expect(local.keys()).toEqual(['hearken:visitor']);
    expect(deleteDatabase).toHaveBeenCalledWith('shop');
  });

  it('does not throw when IndexedDB does', () => {
    const deleteDatabase = () => {
      throw new Error('SecurityError');
    };
    expect(() => eraseAll({ indexedDB: { deleteDatabase } as unknown as IDBFactory })).not.toThrow();
  });
});
