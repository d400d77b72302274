/**
 * A widget's own delivery, made once its code is on the page: the outbox (src/outbox) over the transport its
 * options name (src/transports), with the owner's delivery problems on the console (delivery-report.ts). The
 * script tag gets it in `dist/hearken-delivery.js` (src/delivery-entry.ts), the npm build as a chunk: pages that
 * neither show a prompt nor have answers waiting never download it (see lazy-delivery.ts).
 */
import type { Delivery } from '../outbox/index';
import type { HearkenOptions } from '../config/index';
import type { Emitter } from './events';
import type { PageLeave } from './page-leave';
import type { Pipelines, TransportObject } from '../transports/index';
import { createDelivery } from '../outbox/index';
import { resolveTransport } from '../transports/index';
import { watchDelivery } from './delivery-report';
import { show } from '../config/index';

/** What `makeDelivery` needs of its widget. */
export interface OwnDeliveryDeps {
  window: Window;
  options: HearkenOptions;
  emitter: Emitter;
  leave: PageLeave;
  /** Loads the segment and posthog transports. */
  loadPipelines?: () => Promise<Pipelines>;
  /** Names options in messages. */
  nameOf(option: string): string;
  /** The endpoint option as given, for messages. */
  given?: unknown;
  /** The outbox database's connection, opened at the widget's start (lazy-delivery.ts). */
  database?: Promise<IDBDatabase>;
  /** Reports a bad option the delivery finds (the widget's one console line and `error` event). */
  report?(message: string): void;
  /** Does consent allow storing now (and is the widget alive)? */
  allowed?(): boolean;
}

/** Makes a widget's delivery (not started: its `start()` takes the answers kept meanwhile and flushes). */
export type MakeDelivery = (deps: OwnDeliveryDeps) => Delivery;

/**
 * Where a widget's answers go, as its delivery marks them in the outbox the page's widgets share: the kind of
 * transport, `http` for the owner's endpoint (`fetch`, `beacon`, the default), else `dataLayer`, `segment`,
 * `posthog` or `custom` (one of the host's own), so that an answer given to one never goes through another (a
 * support CSAT into `dataLayer`, with its comment and contact). Not the endpoint itself: an endpoint the owner fixed
 * (a redirect, a 401, a collector moved, as the console asks) must get the answers the old one kept.
 */
export const destinationOf = (o: HearkenOptions): string =>
  typeof o.transport == 'string' ? o.transport.replace(/^(fetch|beacon)$/, 'http') : o.transport ? 'custom' : 'http';

/**
 * The options with `headers` a browser refuses (a line break in a value, a name with a space, a `€`) left out,
 * reported: every request would throw before leaving the page, which read as an endpoint that cannot be reached,
 * retried until the answers expired.
 */
function withUsableHeaders(o: HearkenOptions, report: OwnDeliveryDeps['report'], nameOf: (option: string) => string): HearkenOptions {
  if (!o.headers) return o;
  try {
    new Headers(o.headers);
    return o;
  } catch {
    if (report) report(`[hearken] ${nameOf('headers')} must be HTTP header names and values, got ${show(o.headers)}; sending without them`);
    return { ...o, headers: undefined };
  }
}

/**
 * Makes the delivery of a widget's options. An endpoint of hearken's own transports that refuses or cannot be
 * reached is on the console (delivery-report.ts); with `debug`, every delivery event but `sent` is too. Its
 * last-chance send at page exit runs after every prompt committed (see page-leave.ts).
 */
export const makeDelivery: MakeDelivery = ({ window: win, options, emitter, leave, loadPipelines, nameOf, given, database, report, allowed }) => {
  const o = withUsableHeaders(options, report, nameOf);
  const ownTransport = typeof o.transport != 'object' && typeof o.transport != 'function';
  const watched = <T extends TransportObject>(t: T) => (o.endpoint && ownTransport ? watchDelivery(t, { window: win, endpoint: o.endpoint, given, nameOf }) : t);
  const delivery = createDelivery({
    transport: watched(resolveTransport(o.transport, { ...o, window: win, loadPipelines })),
    emit(name, payload) {
      if (o.debug && name != 'sent') console.warn('[hearken] ' + name, payload);
      emitter.emit(name, payload as never);
    },
    window: win,
    database,
    onLeave: (send) => leave.on('deliver', send),
    destination: destinationOf(o),
    maxEntries: o.maxEntries,
    ttlMs: o.ttlDays && o.ttlDays * 864e5,
    timeoutMs: o.timeoutMs,
  });
  // Consent withdrawn with a score picked: the prompt commits it on its way out, after the erasure. It is neither
  // stored (the outbox would come back, its marker with it) nor announced: the `answer` event waits on this add, which
  // never settles.
  return allowed ? { ...delivery, add: (answer) => (allowed() ? delivery.add(answer) : new Promise<void>(() => {})) } : delivery;
};
