import type { Answer, TransportObject, TransportResult } from '../types';

const STATUSES = ['accepted', 'retry', 'too-large', 'reject'];

/** Options of `sendOnce`. */
export interface AttemptOptions {
  timeoutMs: number;
  unload: boolean;
  setTimeout: (fn: () => void, ms: number) => unknown;
  clearTimeout: (id: unknown) => void;
  /** Aborts the attempt from outside (destroy). */
  controllers: Set<AbortController>;
}

/**
 * One call of a transport, made safe: a transport that throws, rejects, resolves to something that is not a
 * `TransportResult`, or does not settle within `timeoutMs` (its signal is then aborted) yields a `retry`.
 * `send` is called synchronously, so a beacon goes out even from a `pagehide` handler.
 */
export function sendOnce(transport: TransportObject, batch: Answer[], options: AttemptOptions): Promise<TransportResult> {
  const controller = new AbortController();
  options.controllers.add(controller);
  let timer: unknown;
  const timeout = new Promise<TransportResult>((resolve) => {
    timer = options.setTimeout(() => {
      controller.abort();
      resolve({ status: 'retry', reason: 'timed out after ' + options.timeoutMs + ' ms' });
    }, options.timeoutMs);
  });
  let sent: Promise<TransportResult>;
  try {
    sent = Promise.resolve(transport.send(batch, { signal: controller.signal, unload: options.unload }));
  } catch (error) {
    sent = Promise.reject(error);
  }
  const checked = sent.then(
    (r): TransportResult => (r && STATUSES.indexOf(r.status) >= 0 ? r : { status: 'retry', reason: 'the transport returned ' + JSON.stringify(r) }),
    (error: unknown): TransportResult => ({ status: 'retry', reason: 'the transport failed: ' + String(error) }),
  );
  return Promise.race([checked, timeout]).then((result) => {
    options.clearTimeout(timer);
    options.controllers.delete(controller);
    return result;
  });
}
