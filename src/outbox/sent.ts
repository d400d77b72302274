import { readRecord, safeStorage, writeJson } from '../rules/storage';

/** What the pages of an origin know of the answers handed to a request that outlives its page. */
export interface SentNote {
  /** Notes `ids` as handed, now, to a beacon or keepalive fetch. Synchronous (it runs while the page unloads). */
  add(ids: string[]): void;
  /** Reads the note once: the returned function gives, per id, the ms left before it may be sent again (0: now). */
  left(): (id: string) => number;
}

/**
 * A note, shared by every page and tab of the origin through localStorage (key `name`, `{ id: time }`), of the
 * answers the unload path handed to a beacon or a keepalive fetch: such a request may still be travelling when
 * the next page starts, so no page sends those answers again until `wait` ms after (the request timeout).
 * Written synchronously, since an IndexedDB write begun while a page unloads does not land. A time ahead of the
 * clock (set back since) counts as none; stale ids are pruned on write. Without localStorage it notes nothing
 * (answers are then resent at once). Never throws.
 */
export function createSentNote(win: Window | undefined, name: string, now: () => number, wait: number): SentNote {
  const store = safeStorage(() => win && win.localStorage);
  const left = (note: Record<string, number>, id: string) => {
    const ms = wait - now() + note[id];
    return ms > 0 && ms <= wait ? ms : 0;
  };
  return {
    add(ids) {
      if (!ids.length) return;
      const note = readRecord<number>(store, name);
      for (const id in note) if (!left(note, id)) delete note[id];
      ids.forEach((id) => (note[id] = now()));
      writeJson(store, name, note);
    },
    left() {
      const note = readRecord<number>(store, name);
      return (id) => left(note, id);
    },
  };
}
