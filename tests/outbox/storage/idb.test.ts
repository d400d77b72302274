import { describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { indexedDbBackend, openDatabase } from '../../../src/outbox/storage/idb';
import { entryOf } from '../../../src/outbox/storage/entry';
import type { OutboxEntry } from '../../../src/outbox/storage/types';
import { answer, upgradeDatabase } from '../helpers';

const entry = (id: string): OutboxEntry => entryOf(answer(id), 1);
const ids = (list: { id: string }[]) => list.map((e) => e.id).sort();

/** Opens the database as another script of the origin would, and runs `body` on its `outbox` store. */
function raw<T>(factory: IDBFactory, name: string, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    const open = factory.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const request = body(db.transaction('outbox', 'readwrite').objectStore('outbox'));
      request.onsuccess = () => (db.close(), resolve(request.result));
      request.onerror = () => (db.close(), reject(request.error));
    };
  });
}

describe('indexedDbBackend', () => {
  it('keeps entries across page loads, in the store `outbox` of the named database, keyed by id', async () => {
    const factory = new IDBFactory();
    const first = indexedDbBackend(factory, 'shop');
    expect(first.kind).toBe('IndexedDB');
    await first.add(entry('a'));
    await first.add(entry('b'));
    const reload = indexedDbBackend(factory, 'shop');
    expect(ids(await reload.all())).toEqual(['a', 'b']);
    expect(await raw(factory, 'shop', (store) => store.get('a'))).toEqual(entry('a'));
    // another namespace is another database
    expect(await indexedDbBackend(factory, 'other').all()).toEqual([]);
  });

  it('replaces an entry added again under the same id', async () => {
    const storage = indexedDbBackend(new IDBFactory(), 'hearken');
    await storage.add(entry('a'));
    await storage.add({ ...entry('a'), age: 3 });
    expect(await storage.all()).toEqual([{ ...entry('a'), age: 3 }]);
  });

  it('updates and removes only entries still stored, and says which it removed (another tab may have sent the rest)', async () => {
    const factory = new IDBFactory();
    const one = indexedDbBackend(factory, 'hearken');
    const two = indexedDbBackend(factory, 'hearken');
    await one.add(entry('a'));
    await one.add(entry('b'));
    expect(await two.remove(['b'])).toEqual(['b']);
    await one.update([{ ...entry('a'), age: 5 }, { ...entry('b'), age: 5 }]);
    expect(await one.all()).toEqual([{ ...entry('a'), age: 5 }]);
    expect(await one.remove(['a', 'b', 'never'])).toEqual(['a']);
    expect(await two.all()).toEqual([]);
  });

  it('reads the entries 0.1 wrote ({ id, a, t, g, s }) and skips damaged records', async () => {
    const factory = new IDBFactory();
    const storage = indexedDbBackend(factory, 'hearken');
    await storage.add(entry('new'));
    await raw(factory, 'hearken', (store) => store.put({ id: 'old', a: answer('old'), t: 10, g: 20, s: 30 }));
    await raw(factory, 'hearken', (store) => store.put({ id: 'damaged', note: 'no answer' }));
    const all = await storage.all();
    expect(ids(all)).toEqual(['new', 'old']);
    expect(all.find((e) => e.id == 'old')).toEqual({ id: 'old', answer: answer('old'), storedAt: 10, age: 20, seenAt: 30 });
  });

  it('lets another tab upgrade the database instead of blocking it, then rejects (the caller falls back)', async () => {
    const factory = new IDBFactory();
    const storage = indexedDbBackend(factory, 'hearken');
    await storage.add(entry('a'));
    await upgradeDatabase(factory, 'hearken', 2);
    await expect(storage.add(entry('b'))).rejects.toMatchObject({ name: 'VersionError' });
    await expect(storage.all()).rejects.toBeTruthy();
  });

  it('takes over the connection a widget opened ahead (openDatabase creates the store): no second open', async () => {
    const factory = new IDBFactory();
    const opened: string[] = [];
    const watched = Object.assign(Object.create(factory), { open: (name: string, version?: number) => (opened.push(name), factory.open(name, version)) }) as IDBFactory;
    const ahead = openDatabase(watched, 'hearken');
    expect([...(await ahead).objectStoreNames]).toEqual(['outbox']);
    const storage = indexedDbBackend(watched, 'hearken', ahead);
    await storage.add(entry('a'));
    expect(opened).toEqual(['hearken']);
    expect(ids(await indexedDbBackend(factory, 'hearken').all())).toEqual(['a']);
  });

  it('a connection opened ahead gives way to a deletion of the database (consent withdrawn, another tab); the outbox opens anew', async () => {
    const factory = new IDBFactory();
    const ahead = openDatabase(factory, 'hearken');
    await ahead;
    const deleted = await new Promise((resolve) => {
      const request = factory.deleteDatabase('hearken');
      request.onsuccess = () => resolve('deleted');
      request.onblocked = () => resolve('blocked');
    });
    expect(deleted).toBe('deleted');
    const storage = indexedDbBackend(factory, 'hearken', ahead);
    await storage.add(entry('b'));
    expect(ids(await storage.all())).toEqual(['b']);
  });

  it('reopens the connection once when the browser closed it under the outbox', async () => {
    const factory = new IDBFactory();
    const opened: IDBOpenDBRequest[] = [];
    const watched = Object.assign(Object.create(factory), {
      open: (name: string, version?: number) => {
        const request = factory.open(name, version);
        opened.push(request);
        return request;
      },
    }) as IDBFactory;
    const storage = indexedDbBackend(watched, 'hearken');
    await storage.add(entry('a'));
    opened[0]!.result.close();
    await storage.add(entry('b'));
    expect(opened).toHaveLength(2);
    expect(ids(await storage.all())).toEqual(['a', 'b']);
  });

  it('rejects an entry it cannot store, keeping the others', async () => {
    const storage = indexedDbBackend(new IDBFactory(), 'hearken');
    await storage.add(entry('a'));
    const bad = { ...entry('b'), answer: { ...answer('b'), meta: { f: () => 1 } } } as unknown as OutboxEntry;
    await expect(storage.add(bad)).rejects.toBeTruthy();
    expect(ids(await storage.all())).toEqual(['a']);
  });
});
