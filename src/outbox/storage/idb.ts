import type { OutboxEntry, OutboxStorage } from './types';
import { readEntry } from './entry';

const STORE = 'outbox';

/** Settles with a request's result, or when a transaction completes; rejects on its error or abort. */
function done<T>(r: IDBRequest<T> | IDBTransaction): Promise<T> {
  return new Promise((ok, fail) => {
    const x = r as IDBRequest<T> & IDBTransaction & IDBOpenDBRequest;
    x.onsuccess = x.oncomplete = () => ok(x.result);
    x.onerror = x.onabort = x.onblocked = () => fail(x.error || Error('IndexedDB ' + (x.mode ? 'aborted' : 'blocked')));
  });
}

/**
 * Opens the outbox's database (`name`, store `outbox`, keyed by id), creating it at the first visit. A widget opens it
 * at its start, ahead of the delivery's code (see src/widget/lazy-delivery.ts), so that the database is created
 * and open long before a visitor can leave with an answer. The connection closes when another page upgrades or
 * deletes the database (the backend that takes it over sets its own handler). A blocked open rejects.
 */
export function openDatabase(factory: IDBFactory, name: string): Promise<IDBDatabase> {
  const r = factory.open(name, 1);
  r.onupgradeneeded = () => r.result.createObjectStore(STORE, { keyPath: 'id' });
  return done(r).then((d) => ((d.onversionchange = () => d.close()), d));
}

/**
 * Keeps entries in IndexedDB (`openDatabase`). The connection is opened lazily, or taken from `opened` (a
 * connection the widget opened at its start) at the first call, and dropped when another tab upgrades the database
 * (versionchange) or the browser closes it; the next call reopens it. A blocked open fails rather than waiting
 * forever. Any failure rejects, so the caller can fall back.
 */
export function indexedDbBackend(factory: IDBFactory, name: string, opened?: Promise<IDBDatabase>): OutboxStorage {
  let db: Promise<IDBDatabase> | undefined;
  const forget = () => (db = undefined);

  const open = () => {
    if (db) return db;
    const first = opened || openDatabase(factory, name);
    opened = undefined;
    return (db = first.then((d) => {
      d.onversionchange = () => (d.close(), forget());
      (d as { onclose?: unknown }).onclose = forget;
      return d;
    }, (e) => {
      forget();
      throw e;
    }));
  };

  /** Runs `body` in one transaction; resolves once it is committed, with the result of the request `body` returns. */
  const run = <T>(mode: IDBTransactionMode, body: (s: IDBObjectStore) => IDBRequest<T> | void, again?: boolean): Promise<T> =>
    open().then((d) => {
      let tx: IDBTransaction;
      try {
        tx = d.transaction(STORE, mode);
      } catch (e) {
        // InvalidStateError: the connection closed under us; reopen once
        forget();
        if (again) throw e;
        return run(mode, body, true);
      }
      const r = body(tx.objectStore(STORE));
      return done(tx).then(() => (r ? r.result : (undefined as T)));
    });

  /** In one transaction, calls `fn` for each of `ids` still stored (by index); resolves with those ids once committed. */
  const stored = (ids: string[], fn: (s: IDBObjectStore, i: number) => void) => {
    const found: string[] = [];
    return run('readwrite', (s) =>
      ids.forEach((id, i) => {
        const r = s.count(id);
        r.onsuccess = () => void (r.result && (found.push(id), fn(s, i)));
      }),
    ).then(() => found);
  };

  return {
    kind: 'IndexedDB',
    all: () => run('readonly', (s) => s.getAll() as IDBRequest<unknown[]>).then((list) => list.map(readEntry).filter((e): e is OutboxEntry => !!e)),
    add: (e) => run('readwrite', (s) => void s.put(e)),
    update: (list) => stored(list.map((e) => e.id), (s, i) => s.put(list[i])),
    remove: (ids) => stored(ids, (s, i) => s.delete(ids[i])),
  };
}
