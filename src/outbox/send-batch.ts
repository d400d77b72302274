import type { TransportResult } from '../transports/index';
import type { Clock } from '../storage/index';
import type { FlushLock } from './lock';
import type { Ledger } from './ledger';
import type { Outbox } from './outbox';
import type { OutboxEntry } from './storage/types';
import type { FlushTransport } from './types';
import { within } from '../storage/index';

/** Sends one batch and applies the transport's verdict; see `createBatchSender`. */
export type SendBatch = (batch: OutboxEntry[], unload: boolean) => Promise<TransportResult>;

/** What `createBatchSender` needs. */
export interface BatchSenderDeps {
  transport: FlushTransport;
  /** Used while the page is hidden or unloading. */
  unloadTransport: FlushTransport;
  outbox: Outbox;
  ledger: Ledger;
  lock: FlushLock;
  clock: Clock;
  timeoutMs: number;
  /** The endpoint refused these answers: they wait for the slow timer. */
  refused(ids: string[], reason: string): void;
  /** The transport accepted a batch (the backoff starts over). */
  accepted(): void;
  fail(what: string, cause: unknown): void;
}

const VERDICTS = /^(accepted|retry|too-large|reject)$/;
const retry = (reason: string): TransportResult => ({ status: 'retry', reason });

/**
 * Creates the function that sends a batch and applies the result; it resolves `accepted` when the batch is
 * settled (sent, queued by a beacon, or dropped as too large). The transport is called synchronously, so a beacon
 * goes out even from a pagehide handler; throwing, rejecting, nonsense, or no answer within the timeout (its
 * signal is then aborted) is a retry. A 413 splits the batch; a single answer too large for any transport is
 * dropped (one too large for a beacon is left for a later fetch).
 */
export function createBatchSender(deps: BatchSenderDeps): SendBatch & { abortAll(): void } {
  const { ledger, lock } = deps;
  const controllers = new Set<AbortController>();

  /** Calls the transport; any failure, or no verdict in time, is a retry. */
  async function attempt(transport: FlushTransport, batch: OutboxEntry[], unload: boolean): Promise<TransportResult> {
    const controller = new AbortController();
    controllers.add(controller);
    const answers = batch.map((entry) => entry.answer);
    const verdict = await within(
      new Promise<TransportResult>((ok) => ok(transport.send(answers, { signal: controller.signal, unload }))).then(
        (result) => (result && VERDICTS.test(result.status) ? result : retry('bad result')),
        () => retry('threw'),
      ),
      deps.timeoutMs,
      () => (controller.abort(), retry('timed out')),
      deps.clock,
    );
    controllers.delete(controller);
    return verdict;
  }

  async function send(batch: OutboxEntry[], unload: boolean): Promise<TransportResult> {
    const transport = unload ? deps.unloadTransport : deps.transport;
    const ids = batch.map((entry) => entry.id);
    ledger.flying(ids, true);
    if (!unload) lock.claim(ids);
    const result = await attempt(transport, batch, unload);
    if (!unload) lock.claim([]);
    try {
      if (result.status == 'accepted') {
        deps.accepted();
        // a beacon's "accepted" only means queued: the answers stay until a fetch confirms them
        if (transport.queued && !deps.transport.queued) return ledger.beaconed(ids), result;
      } else if (result.status == 'too-large' && batch.length > 1) {
        return await split(batch, unload);
      } else if (result.status != 'too-large' || unload) {
        if (result.status == 'reject') deps.refused(ids, result.reason);
        return result.status == 'too-large' ? retry('too large') : result;
      }
      // delivered, or a single answer too large for any transport: gone, even if removing it fails
      const sent = result.status == 'accepted';
      ledger.settle(ids);
      await deps.outbox.finish(batch, sent ? 'sent' : 'drop', sent ? undefined : 'too-large');
    } catch (error) {
      deps.fail('outbox write failed', error);
    } finally {
      // cleared last, so that an unload meanwhile does not send them again
      ledger.flying(ids, false);
    }
    return { status: 'accepted' };
  }

  /** Sends the halves of a batch the endpoint found too large; the first failure decides. */
  async function split(batch: OutboxEntry[], unload: boolean): Promise<TransportResult> {
    const half = Math.ceil(batch.length / 2);
    const first = await send(batch.slice(0, half), unload);
    if (first.status == 'retry') return first;
    const second = await send(batch.slice(half), unload);
    return second.status == 'accepted' ? first : second;
  }

  return Object.assign(send, { abortAll: () => controllers.forEach((controller) => controller.abort()) });
}
