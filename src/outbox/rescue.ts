import type { Answer } from '../types';
import { readRecord, safeStorage, writeJson } from '../rules/storage';

/** Answers a page was still writing to the outbox when it was left, kept in localStorage for the next page. */
export interface Rescue {
  /** Keeps `answers` (synchronously: it runs while the page unloads). */
  keep(answers: Answer[]): void;
  /** The answers kept by earlier pages, and a function that forgets them once they are in the outbox. */
  take(): [Answer[], () => void];
}

/**
 * A page left right after an answer was committed may lose the answer's IndexedDB write (a write begun while a
 * page unloads does not land), and the beacon that carried it may fail too. The unload path therefore also
 * keeps such answers in localStorage (key `name`, `{ id: answer }`), written synchronously; the next page of the
 * origin puts them into the outbox (an id already there is the same entry) and then forgets them. Without
 * localStorage it keeps nothing. Never throws.
 */
export function createRescue(win: Window | undefined, name: string): Rescue {
  const store = safeStorage(() => win && win.localStorage);
  const read = () => readRecord<Answer>(store, name);
  const write = (kept: Record<string, Answer>) => (Object.keys(kept).length ? writeJson(store, name, kept) : store.remove(name));
  return {
    keep(answers) {
      if (!answers.length) return;
      const kept = read();
      answers.forEach((a) => (kept[a.id] = a));
      write(kept);
    },
    take() {
      const kept = read();
      const ids = Object.keys(kept).filter((id) => kept[id] && kept[id].id == id);
      return [
        ids.map((id) => kept[id]!),
        () => {
          if (!ids.length) return;
          // read again: another page may have kept more meanwhile
          const now = read();
          ids.forEach((id) => delete now[id]);
          write(now);
        },
      ];
    },
  };
}
