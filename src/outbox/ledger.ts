import type { OutboxEntry } from './storage/types';

/**
 * What this page knows of each answer, beyond the store: which answers the unload path can send (`known`), and
 * which of them are settled, in a request, refused for now, or already taken by a beacon. Only grows with the
 * answers a page sees, which is few.
 */
export interface Ledger {
  /** Entries the unload path can send, by id: those added here and those the last read of the store found. */
  readonly known: Map<string, OutboxEntry>;
  /** Added here, their outbox write not yet confirmed. */
  readonly unsaved: Set<string>;
  /** Sent or dropped, even if removing them from storage failed: never sent again by this page. */
  settle(ids: string[]): void;
  /** In a request of this page (`true`), or no longer (`false`). */
  flying(ids: string[], on: boolean): void;
  /** Refused by the endpoint: waits for the slow timer (`release`). */
  hold(ids: string[]): void;
  release(): void;
  /** Taken by a beacon during this page's life: not beaconed again by this page. */
  beaconed(ids: string[]): void;
  /** Settled, or in a request: the unload path leaves it out, and so does a flush unless it merely waits. */
  isSettled(id: string): boolean;
  /** A flush may not take it now: settled, in flight or held. */
  isBusy(id: string): boolean;
  /** The unload path may not take it: busy, or beaconed already. */
  isTaken(id: string): boolean;
}

/** Creates the ledger of one delivery. */
export function createLedger(): Ledger {
  const known = new Map<string, OutboxEntry>();
  const settled = new Set<string>();
  const inFlight = new Set<string>();
  const held = new Set<string>();
  const beaconed = new Set<string>();
  const ledger: Ledger = {
    known,
    unsaved: new Set(),
    settle(ids) {
      ids.forEach((id) => (settled.add(id), known.delete(id)));
    },
    flying: (ids, on) => ids.forEach((id) => (on ? inFlight.add(id) : inFlight.delete(id))),
    hold: (ids) => ids.forEach((id) => held.add(id)),
    release: () => held.clear(),
    beaconed: (ids) => ids.forEach((id) => beaconed.add(id)),
    isSettled: (id) => settled.has(id),
    isBusy: (id) => settled.has(id) || inFlight.has(id) || held.has(id),
    isTaken: (id) => ledger.isBusy(id) || beaconed.has(id),
  };
  return ledger;
}
