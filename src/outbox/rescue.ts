import type { Answer } from '../surveys/index';
import type { KeyValueStore } from '../storage/index';
import { keyed } from '../storage/index';

/** Answers a page was still writing to the outbox when it was left, kept in localStorage for the next page. */
export interface Rescue {
  /** Keeps `answers` (synchronously: it runs while the page unloads); answers whether every one was kept. */
  keep(answers: Answer[]): boolean;
  /** The answers kept by earlier pages, and a function that forgets them once they are in the outbox. */
  take(): [Answer[], () => void];
}

/**
 * A page left right after an answer was committed may lose the answer's IndexedDB write (a write begun while a
 * page unloads does not land), and the beacon that carried it may fail too. The unload path therefore also
 * keeps such answers in localStorage, one key per answer (`<prefix><id>`, so that a page forgetting what it took
 * cannot undo what another tab keeps at that moment), written synchronously; the next page of the origin puts
 * them into the outbox (an id already there is the same entry) and then forgets them. `local` is the page's
 * localStorage (safeStorage): without it, it keeps nothing. Never throws.
 */
export function createRescue(local: KeyValueStore, prefix: string): Rescue {
  const kept = keyed<Answer>(local, prefix);
  return {
    keep: (answers) => answers.map((a) => kept.put(a.id, a)).every(Boolean),
    take() {
      const ids = kept.ids();
      const answers = ids.map(kept.get).filter((a, i): a is Answer => !!a && a.id == ids[i]);
      return [answers, () => ids.forEach(kept.remove)];
    },
  };
}
