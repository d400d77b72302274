import type { Delivery } from '../outbox/index';
import type { MakeDelivery, OwnDeliveryDeps } from './outbox-delivery';
import { lazyDelivery } from './lazy-delivery';

/** A widget's way to its outbox: shared (the script tag's, for inline mounts and elements) or its own. */
export interface DeliverySlot {
  /** The delivery, made at the first call while consent allows; `undefined` without one. */
  get(): Delivery | undefined;
  /** Consent was withdrawn, or the widget destroyed: its own delivery stops (stored answers stay, unless erased). */
  drop(): void;
}

/** What `createDeliverySlot` needs. */
export interface DeliverySlotDeps extends OwnDeliveryDeps {
  /** Loads the delivery's code (`dist/hearken-delivery.js`, or a chunk of the npm build). */
  loadDelivery(): Promise<MakeDelivery>;
  report(message: string): void;
  /** A delivery to share, when the widget has no endpoint or transport of its own. */
  shared?: Delivery;
  /** May the widget deliver at all (an endpoint, a non-HTTP transport, or a shared delivery)? */
  canDeliver: boolean;
  /** Does consent allow storing now (and is the widget still alive)? */
  allowed(): boolean;
}

/**
 * Creates the slot. Its own delivery's code loads when it is needed (lazy-delivery.ts); it starts in a task of its
 * own (opening the outbox's database, and loading the code at once only if answers of an earlier page wait), so
 * that the script's evaluation stays one short task.
 */
export function createDeliverySlot(deps: DeliverySlotDeps): DeliverySlot {
  let current = deps.shared;
  let own: Delivery | undefined;
  return {
    get() {
      if (current || !deps.canDeliver || !deps.allowed()) return current;
      const started = (current = own = lazyDelivery({ window: deps.window, report: deps.report, load: (database) => deps.loadDelivery().then((make) => make({ ...deps, database })) }));
      deps.window.setTimeout(() => started.start(), 0);
      return current;
    },
    drop() {
      own?.destroy();
      if (current == own) current = own = undefined;
    },
  };
}
