import type { FlushLock } from './lock';
import type { Ledger } from './ledger';
import type { Rescue } from './rescue';
import type { SendBatch } from './send-batch';
import type { SentNote } from './sent';
import { byAge } from './storage/entry';

/** What `createUnload` needs. */
export interface UnloadDeps {
  ledger: Ledger;
  lock: FlushLock;
  note: SentNote;
  rescue: Rescue;
  send: SendBatch;
  /** Largest batch of the unload transport. */
  maxBatch(): number;
}

/**
 * The last-chance send while the page is hidden or unloading: synchronous, from the entries known in memory,
 * leaving out those a flushing tab claimed or another page's unload sent less than `timeoutMs` ago. What it sends
 * is noted (no page of the origin sends it again until the note expires), and answers whose outbox write has not
 * landed are also kept in localStorage for the next page (the rescue), in case their beacon fails.
 */
export function createUnload(deps: UnloadDeps): () => void {
  const { ledger, note } = deps;
  return () => {
    const elsewhere = deps.lock.others();
    const known = [...ledger.known.values()];
    const entries = known.filter((entry) => !elsewhere.includes(entry.id) && !note.left(entry.id) && !ledger.isTaken(entry.id)).sort(byAge);
    note.add(entries.map((entry) => entry.id));
    deps.rescue.keep(known.filter((entry) => ledger.unsaved.has(entry.id) && !ledger.isSettled(entry.id)).map((entry) => entry.answer));
    // every batch starts now: a page being unloaded does not wait for answers
    const size = deps.maxBatch();
    for (let i = 0; i < entries.length; i += size) void deps.send(entries.slice(i, i + size), true);
  };
}

/**
 * The window's own page-exit listeners (`pagehide`, and `visibilitychange` to hidden), for a delivery used
 * without a widget; returns the unsubscribe function.
 */
export const windowLeave = (win: Window) => (send: () => void) => {
  const hidden = () => win.document.visibilityState == 'hidden' && send();
  win.addEventListener('pagehide', send);
  if (win.document) win.document.addEventListener('visibilitychange', hidden);
  return () => {
    win.removeEventListener('pagehide', send);
    if (win.document) win.document.removeEventListener('visibilitychange', hidden);
  };
};
