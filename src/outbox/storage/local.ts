import type { OutboxEntry, OutboxStorage, StorageKind } from './types';
import { readEntry } from './entry';
import { plainJson } from '../../storage/index';

/**
 * A backend over any string key-value store, one key per entry (`<prefix><id>`, JSON), so that two tabs
 * adding answers at once never overwrite each other's. A damaged entry is skipped rather than blocking the
 * others; any other failure of the store rejects.
 */
export function kvBackend(
  kind: StorageKind,
  get: (key: string) => string | null | undefined,
  set: (key: string, value: string) => void,
  del: (key: string) => void,
  keys: () => (string | null)[],
  prefix = '',
): OutboxStorage {
  const put = (e: OutboxEntry) => set(prefix + e.id, plainJson(e));
  return {
    kind,
    all: async () =>
      keys()
        .filter((k) => k && !k.indexOf(prefix))
        .map((k) => {
          try {
            return readEntry(JSON.parse(get(k!)!));
          } catch {
            return undefined;
          }
        })
        .filter((e): e is OutboxEntry => !!e),
    add: async (e) => put(e),
    update: async (list) => list.forEach((e) => get(prefix + e.id) != null && put(e)),
    remove: async (ids) => ids.filter((id) => get(prefix + id) != null && (del(prefix + id), true)),
  };
}

/** Keeps entries in localStorage under `<prefix><id>` (`hearken:outbox:<id>`). Every call may throw (SecurityError, QuotaExceededError): the promises then reject. */
export function localStorageBackend(s: Storage, prefix: string): OutboxStorage {
  return kvBackend(
    'localStorage',
    (k) => s.getItem(k),
    (k, v) => s.setItem(k, v),
    (k) => s.removeItem(k),
    () => Array.from({ length: s.length }, (_, i) => s.key(i)),
    prefix,
  );
}
