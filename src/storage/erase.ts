import type { KeyValueStore } from './safe';
import { storageKeys } from './keys';

/** Where hearken's data lives, for `eraseAll`. */
export interface StoredData {
  local?: KeyValueStore;
  session?: KeyValueStore;
  indexedDB?: Pick<IDBFactory, 'deleteDatabase'>;
}

/**
 * Erases everything the key table names: every `<namespace>:` key of localStorage and sessionStorage and the
 * outbox database. Never throws.
 */
export function eraseAll(data: StoredData, namespace?: string): void {
  const keys = storageKeys(namespace);
  for (const store of [data.local, data.session])
    if (store) for (const key of store.keys()) if (key.indexOf(keys.prefix) == 0) store.remove(key);
  try {
    data.indexedDB!.deleteDatabase(keys.database);
  } catch {
    // no IndexedDB (private mode, sandbox, not passed): nothing stored there
  }
}
