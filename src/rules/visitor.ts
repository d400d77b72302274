import { KEYS } from '../storage/index';
import type { KeyValueStore } from '../storage/index';
import { newId } from '../surveys/index';

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
      const stored = store.get(KEYS.visitor);
      if (!stored) store.set(KEYS.visitor, (memo = memo || makeId()));
      return (memo = stored || memo!);
    },
  };
}
