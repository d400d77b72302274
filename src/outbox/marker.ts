import type { KeyValueStore } from '../storage/index';
import type { OutboxStorage } from './storage/types';

/**
 * An outbox storage that keeps a marker in localStorage in step with it: set (to the time) before an answer is
 * written, removed once the store is read empty. dist/hearken.js reads only the marker, so a page that cannot
 * ask knows cheaply that answers of an earlier page wait, and loads the delivery for them.
 *
 * Every read sets or clears the marker from what it found, so a lost marker is put back by the next page that
 * loads the delivery. A marker set by another tab while this one read the store empty is left alone: it is
 * cleared only if it still holds the value seen before the read, and only if no answer is kept under `keptPrefix`
 * (the rescue keys, where a page keeps answers until its delivery's code is here: see widget/lazy-delivery.ts). An
 * answer's write marks twice, before and after: a read of another tab that began before the write was committed
 * (and so found the store empty) clears at most the first mark.
 */
export function markedStorage(storage: OutboxStorage, local: KeyValueStore, key: string, now: () => number, keptPrefix?: string): OutboxStorage {
  // each mark its own value (two tabs may mark in the same millisecond): only presence is read, and a tab clears the
  // marker only if it is still the very mark it saw before its read
  const mark = () => local.set(key, now() + ':' + Math.random().toString(36).slice(2));
  /** Sets or clears the marker after a read that found `count` entries; `before` is the marker seen before it. */
  const follow = (count: number, before: string | null) => {
    if (count && !local.get(key)) mark();
    // not after a partial read (a backend that hung is no longer read, and may hold answers): the next page reads it
    else if (!count && before && !storage.partial && local.get(key) === before && !(keptPrefix && local.keys().some((k) => !k.indexOf(keptPrefix)))) local.remove(key);
  };
  const all = () => {
    const before = local.get(key);
    return storage.all().then((list) => (follow(list.length, before), list));
  };
  return {
    get kind() {
      return storage.kind;
    },
    get partial() {
      return storage.partial;
    },
    all,
    // marked before the write (a page left meanwhile still finds it) and again once the write is done: another tab
    // whose read began before this write was committed found the store empty, and may have cleared the first mark
    // (it saw it before its read), which would leave this answer with no marker for the next page view to see
    add: (entry) => (mark(), storage.add(entry).then((added) => (mark(), added))),
    update: (entries) => storage.update(entries),
    remove: (ids) =>
      storage.remove(ids).then((removed) =>
        all().then(
          () => removed,
          () => removed,
        ),
      ),
  };
}
