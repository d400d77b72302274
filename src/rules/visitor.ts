import type { KeyValueStore } from './storage';
import { newId } from '../answer';

/** localStorage key of the anonymous visitor id. */
export const VISITOR_KEY = 'hearken:visitor';

/** The anonymous visitor. */
export interface Visitor {
  /** The id, created on first use (`crypto.randomUUID`, with a fallback). */
  id(): string;
}

/**
 * An anonymous visitor id kept in localStorage (no cookies), created lazily. When the store refuses
 * the write (consent pending, storage blocked) the id still holds for this page, and is written on a
 * later call once the store accepts it.
 */
export function createVisitor(store: KeyValueStore, makeId: () => string = newId): Visitor {
  let memo: string | undefined;
  return {
    id() {
      const stored = store.get(VISITOR_KEY);
      if (!stored) store.set(VISITOR_KEY, (memo = memo || makeId()));
      return (memo = stored || memo!);
    },
  };
}
