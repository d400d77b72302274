import type { OutboxEntry, OutboxStorage } from './types';

/** Keeps entries in this page only: the last resort when nothing durable is available. */
export function memoryStorage(): OutboxStorage {
  const map = new Map<string, OutboxEntry>();
  return {
    kind: 'memory',
    all: async () => Array.from(map.values(), (e) => ({ ...e })),
    add: async (entry) => void map.set(entry.id, { ...entry }),
    update: async (entries) => entries.forEach((e) => map.has(e.id) && map.set(e.id, { ...e })),
    remove: async (ids) => ids.forEach((id) => map.delete(id)),
  };
}
