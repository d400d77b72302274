// A Store in memory for the handler's tests: dedup by id, and a switch that makes add() fail.
import type { CollectedAnswer, Store, StoredAnswer } from '../../src/collector';

/** A memory store; `failing = true` makes `add` reject, `added` lists every batch add() was given. */
export interface MemoryStore extends Store {
  answers: StoredAnswer[];
  added: CollectedAnswer[][];
  failing: boolean;
}

export function memoryStore(): MemoryStore {
  const store: MemoryStore = {
    answers: [],
    added: [],
    failing: false,
    async add(answers) {
      store.added.push(answers);
      if (store.failing) throw new Error('disk full');
      const storedIds: string[] = [];
      for (const answer of answers) {
        if (store.answers.some((a) => a.id == answer.id)) continue;
        store.answers.push({ ...structuredClone(answer), seq: store.answers.length + 1, receivedAt: new Date().toISOString(), done: false });
        storedIds.push(answer.id);
      }
      return { stored: storedIds.length, duplicates: answers.length - storedIds.length, storedIds };
    },
    query: async () => store.answers,
    stats: async () => {
      throw new Error('not in the memory store');
    },
    erase: async () => ({ erased: 0 }),
    export: () => {
      throw new Error('not in the memory store');
    },
    contacts: async () => [],
    setDone: async () => false,
    close: async () => {},
  };
  return store;
}
