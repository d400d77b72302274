import type { OutboxEntry, OutboxStorage } from './storage/types';

/**
 * The part of the outbox that goes to one destination (the kind of transport that takes it, as the widget names it:
 * widget/outbox-delivery.ts `destinationOf`). The outbox is one per origin (the `hearken` database), and a page may
 * have widgets of several destinations: an app's CSAT posted to the owner's collector, its NPS pushed into
 * `dataLayer`. Each delivery reads, ages, caps and sends only the entries of its own destination, and marks each entry
 * it stores with it; an entry stored before entries had one (0.1, or an answer kept at a page's exit before the
 * delivery's code was there, `rescue.ts`) goes with the first delivery that reads it.
 * Another destination's entry is read only once `expired` (past its own time to live, `ttl`, which each entry stored
 * here carries: however long since its own delivery last aged it, and whatever the reading one's `ttlDays`), to be
 * dropped as such: the answers of a destination no page serves any more (a transport
 * the owner changed) would otherwise keep the outbox's marker set, and every page view loading the delivery, for
 * ever. Without a destination, the storage is used whole.
 */
export function forDestination(storage: OutboxStorage, to: string | undefined, expired: (entry: OutboxEntry) => boolean = () => false, ttl?: number): OutboxStorage {
  if (to === undefined) return storage;
  const ours = (entry: OutboxEntry) => entry.to === undefined || entry.to == to || expired(entry);
  return {
    get kind() {
      return storage.kind;
    },
    get partial() {
      return storage.partial;
    },
    all: () => storage.all().then((entries) => entries.filter(ours)),
    add: (entry) => storage.add(((entry.to = to), (entry.ttl = ttl), entry)),
    update: (entries) => storage.update(entries),
    remove: (ids) => storage.remove(ids),
  };
}
