import type { Clock, KeyValueStore } from '../storage/index';
import { keyed } from '../storage/index';

/** What the pages of an origin know of the answers handed to a request that outlives its page. */
export interface SentNote {
  /** Notes `ids` as handed, now, to a beacon or keepalive fetch. Synchronous (it runs while the page unloads). */
  add(ids: string[]): void;
  /** The ms left before the answer `id` may be sent again (0: now). */
  left(id: string): number;
}

/**
 * A note, shared by every page and tab of the origin through localStorage (one key per answer,
 * `<prefix><id>` = the time, so that tabs noting at once never overwrite each other's), of the answers the
 * unload path handed to a beacon or a keepalive fetch: such a request may still be travelling when the next
 * page starts, so no page sends those answers again until `wait` ms after (the request timeout). Written
 * synchronously, since an IndexedDB write begun while a page unloads does not land. A time ahead of the clock
 * (set back since) counts as none; stale notes are removed on write. `local` is the page's localStorage
 * (safeStorage): without it, it notes nothing (answers are then resent at once). Never throws.
 */
export function createSentNote(local: KeyValueStore, prefix: string, clock: Pick<Clock, 'now'>, wait: number): SentNote {
  const note = keyed<number>(local, prefix);
  const left = (id: string) => {
    const ms = wait - clock.now() + (note.get(id) as number);
    return ms > 0 && ms <= wait ? ms : 0;
  };
  return {
    add(ids) {
      if (!ids.length) return;
      note.ids().forEach((id) => left(id) || note.remove(id));
      ids.forEach((id) => note.put(id, clock.now()));
    },
    left,
  };
}
