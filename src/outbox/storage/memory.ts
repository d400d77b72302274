import type { OutboxStorage } from './types';
import { kvBackend } from './local';

/** Keeps entries in this page only (as JSON, so callers get copies): the last resort when nothing durable is available. */
export function memoryBackend(): OutboxStorage {
  const map = new Map<string, string>();
  return kvBackend('memory', (k) => map.get(k), (k, v) => void map.set(k, v), (k) => void map.delete(k), () => [...map.keys()]);
}
