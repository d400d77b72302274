import type { Answer } from '../surveys/index';
import type { KeyValueStore } from '../storage/index';
import { keyed, plainJson } from '../storage/index';

/** An answer kept in localStorage for the next page: with the destination and time to live of the delivery that kept it, if one did. */
export interface Kept {
  answer: Answer;
  /** The kind of transport it goes to (destination.ts); absent when kept before the delivery's code was here. */
  to?: string;
  /** Its time to live in milliseconds, as its widget set it. */
  ttl?: number;
}

/** Answers a page was still writing to the outbox when it was left, kept in localStorage for the next page. */
export interface Rescue {
  /** Keeps `answers` (synchronously: it runs while the page unloads); answers whether every one was kept. */
  keep(answers: Answer[]): boolean;
  /** The answers kept by earlier pages, and a function that forgets them once they are in the outbox. */
  take(): [Kept[], () => void];
}

/**
 * A page left right after an answer was committed may lose the answer's IndexedDB write (a write begun while a
 * page unloads does not land), and the beacon that carried it may fail too. The unload path therefore also
 * keeps such answers in localStorage, one key per answer (`<prefix><id>`, so that a page forgetting what it took
 * cannot undo what another tab keeps at that moment), written synchronously; the next page of the origin puts
 * them into the outbox (an id already there is the same entry) and then forgets them. `local` is the page's
 * localStorage (safeStorage): without it, it keeps nothing. Never throws.
 *
 * The delivery keeps each answer with its destination and time to live (`to`, `ttl`), written without the page's
 * `toJSON`s (`plainJson`), so that the next page puts it back where it goes, not into whichever widget's transport
 * starts first. `keepEarly` is what a widget keeps before the delivery's code is here (on the way to the question,
 * which has no bytes for more): the bare answer, read as one without a destination.
 */
export function createRescue(local: KeyValueStore, prefix: string, to?: string, ttl?: number): Rescue {
  const kept = keyed<Kept | Answer>(local, prefix);
  return {
    keep: (answers) => answers.map((answer) => local.set(prefix + answer.id, plainJson({ answer, to, ttl }))).every(Boolean),
    take() {
      const ids = kept.ids();
      const found: Kept[] = [];
      ids.forEach((id) => {
        const value = kept.get(id);
        // an answer kept bare (by keepEarly, or by 0.1) has no `answer` of its own
        const one = value && typeof value == 'object' && ('answer' in value ? value : { answer: value });
        if (one && one.answer && one.answer.id == id) found.push(one);
      });
      return [found, () => ids.forEach(kept.remove)];
    },
  };
}

/** What a widget keeps before the delivery's code is here: a bare answer, which the delivery reads as unmarked. */
export function keepEarly(local: KeyValueStore, prefix: string): (answer: Answer) => boolean {
  const kept = keyed<Answer>(local, prefix);
  return (answer) => kept.put(answer.id, answer);
}
