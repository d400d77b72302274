import type { Answer } from '../types';

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
  const read = (): Record<string, Answer> => {
    try {
      const kept = JSON.parse(win!.localStorage.getItem(name)!);
      if (kept && typeof kept == 'object') return kept;
    } catch {
      // no storage or a damaged record
    }
    return {};
  };
  const write = (kept: Record<string, Answer>) => {
    try {
      Object.keys(kept).length ? win!.localStorage.setItem(name, JSON.stringify(kept)) : win!.localStorage.removeItem(name);
    } catch {
      // no storage, or full: nothing kept
    }
  };
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
