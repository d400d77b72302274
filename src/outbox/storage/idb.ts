import type { OutboxEntry, OutboxStorage } from './types';

const STORE = 'outbox';

function done<T>(request: IDBRequest<T> | IDBOpenDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result as T);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Keeps entries in IndexedDB (database `<namespace>`, store `outbox`, keyed by id). The connection is
 * opened lazily and dropped when another tab upgrades the database (versionchange) or the browser closes
 * it; the next call reopens it once. Any failure rejects, so the caller can fall back.
 */
export function indexedDbBackend(factory: IDBFactory, namespace: string): OutboxStorage {
  let db: Promise<IDBDatabase> | undefined;

  function open(): Promise<IDBDatabase> {
    if (db) return db;
    const request = factory.open(namespace, 1);
    request.onupgradeneeded = () => {
      const d = request.result;
      if (!d.objectStoreNames.contains(STORE)) d.createObjectStore(STORE, { keyPath: 'id' });
    };
    const opening = new Promise<IDBDatabase>((resolve, reject) => {
      // blocked: an older connection in another tab does not let go; do not wait forever
      (request as IDBOpenDBRequest).onblocked = () => reject(new Error('IndexedDB open blocked'));
      done<IDBDatabase>(request).then(resolve, reject);
    }).then((d) => {
      d.onversionchange = () => {
        d.close();
        if (db === opening) db = undefined;
      };
      (d as IDBDatabase & { onclose: unknown }).onclose = () => {
        if (db === opening) db = undefined;
      };
      return d;
    });
    opening.catch(() => {
      if (db === opening) db = undefined;
    });
    return (db = opening);
  }

  function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => Promise<T> | T, retried = false): Promise<T> {
    return open().then((d) => {
      let tx: IDBTransaction;
      try {
        tx = d.transaction(STORE, mode);
      } catch (error) {
        // InvalidStateError: the connection closed under us; reopen once
        db = undefined;
        if (!retried) return run(mode, body, true);
        throw error;
      }
      const finished = new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error || new Error('IndexedDB transaction aborted'));
      });
      const result = Promise.resolve(body(tx.objectStore(STORE)));
      // a result counts only once the transaction is committed
      return Promise.all([result, finished]).then(([r]) => r);
    });
  }

  const put = (store: IDBObjectStore, e: OutboxEntry) => store.put(e);

  return {
    kind: 'indexeddb',
    all: () => run('readonly', (s) => done(s.getAll() as IDBRequest<OutboxEntry[]>)),
    add: (entry) => run('readwrite', (s) => void put(s, entry)),
    update: (entries) =>
      run('readwrite', (s) => {
        entries.forEach((e) => {
          const r = s.count(e.id);
          r.onsuccess = () => void (r.result && put(s, e));
        });
      }),
    remove: (ids) => run('readwrite', (s) => ids.forEach((id) => s.delete(id))),
  };
}
