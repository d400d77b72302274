import type { Delivery } from '../outbox/index';
import type { HearkenOptions } from '../config/index';
import type { Emitter } from './events';
import type { PageLeave } from './page-leave';
import type { Pipelines } from '../transports/index';
import { createDelivery } from '../outbox/index';
import type { TransportObject } from '../transports/index';
import { resolveTransport } from '../transports/index';
import { watchDelivery } from './delivery-report';

/** A widget's way to its outbox: shared (the script tag's, for inline mounts and elements) or its own. */
export interface DeliverySlot {
  /** The delivery, made at the first call while consent allows; `undefined` without one. */
  get(): Delivery | undefined;
  /** Consent was withdrawn, or the widget destroyed: its own delivery stops (stored answers stay, unless erased). */
  drop(): void;
}

/** What `createDeliverySlot` needs. */
export interface DeliverySlotDeps {
  window: Window;
  options: HearkenOptions;
  emitter: Emitter;
  leave: PageLeave;
  /** Loads the segment and posthog transports. */
  loadPipelines?: () => Promise<Pipelines>;
  /** A delivery to share, when the widget has no endpoint or transport of its own. */
  shared?: Delivery;
  /** May the widget deliver at all (an endpoint, a non-HTTP transport, or a shared delivery)? */
  canDeliver: boolean;
  /** Does consent allow storing now (and is the widget still alive)? */
  allowed(): boolean;
  /** Names options in messages. */
  nameOf(option: string): string;
  /** The endpoint option as given, for messages. */
  given?: unknown;
}

/**
 * Creates the slot. Its own delivery starts in a task of its own (opening the outbox and flushing earlier
 * visits' answers), so that the script's evaluation stays one short task; answers added before it are flushed on
 * add anyway. Its last-chance send at page exit runs after every prompt committed (see page-leave.ts).
 */
export function createDeliverySlot(deps: DeliverySlotDeps): DeliverySlot {
  const { window: win, options: o, emitter } = deps;
  let current = deps.shared;
  let own: Delivery | undefined;
  // An endpoint of hearken's own transports that refuses or cannot be reached is on the console (delivery-report.ts).
  const ownTransport = typeof o.transport != 'object' && typeof o.transport != 'function';
  const watched = <T extends TransportObject>(t: T) =>
    o.endpoint && ownTransport ? watchDelivery(t, { window: win, endpoint: o.endpoint, given: deps.given, nameOf: deps.nameOf }) : t;
  return {
    get() {
      if (current || !deps.canDeliver || !deps.allowed()) return current;
      current = own = createDelivery({
        transport: watched(resolveTransport(o.transport, { ...o, window: win, loadPipelines: deps.loadPipelines })),
        // with debug, what goes wrong in delivery is on the console too (a refusing or redirecting endpoint)
        emit(name, payload) {
          if (o.debug && name != 'sent') console.warn('[hearken] ' + name, payload);
          emitter.emit(name, payload as never);
        },
        window: win,
        onLeave: (send) => deps.leave.on('deliver', send),
        maxEntries: o.maxEntries,
        ttlMs: o.ttlDays && o.ttlDays * 864e5,
        timeoutMs: o.timeoutMs,
      });
      const started = own;
      win.setTimeout(() => started.start(), 0);
      return current;
    },
    drop() {
      own?.destroy();
      if (current == own) current = own = undefined;
    },
  };
}
