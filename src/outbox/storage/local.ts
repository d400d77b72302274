import type { OutboxEntry, OutboxStorage } from './types';

/**
 * Keeps entries in localStorage, one key per entry (`<namespace>:outbox:<id>`) so that two tabs adding
 * answers at once never overwrite each other's. Every call may throw (SecurityError, QuotaExceededError):
 * the promises then reject.
 */
export function localStorageBackend(store: Storage, namespace: string): OutboxStorage {
  const prefix = namespace + ':outbox:';
  return {
    kind: 'localstorage',
    async all() {
      const out: OutboxEntry[] = [];
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i);
        if (!key || key.indexOf(prefix) != 0) continue;
        try {
          const entry = JSON.parse(store.getItem(key) || 'null') as OutboxEntry | null;
          if (entry && entry.id && entry.answer) out.push(entry);
        } catch {
          // a damaged entry is skipped rather than blocking every other answer
        }
      }
      return out;
    },
    async add(entry) {
      store.setItem(prefix + entry.id, JSON.stringify(entry));
    },
    async update(entries) {
      for (const e of entries) if (store.getItem(prefix + e.id) != null) store.setItem(prefix + e.id, JSON.stringify(e));
    },
    async remove(ids) {
      ids.forEach((id) => store.removeItem(prefix + id));
    },
  };
}
