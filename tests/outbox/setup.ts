import { vi } from 'vitest';
import type { Answer } from '../../src/surveys/types';
import type { TransportContext, TransportResult } from '../../src/transports/types';
import type { DeliveryDeps } from '../../src/outbox/delivery';
import { createDelivery } from '../../src/outbox/delivery';
import { memoryBackend as memoryStorage } from '../../src/outbox/storage/memory';
import { advance as advanceBy, fakeWindow, tick } from './helpers';

export { answer, tick } from './helpers';

/** Advances the fake clock by `ms`, settling promises around every timer. */
export const advance = (ms: number) =>
  advanceBy(
    ms,
    () => vi.advanceTimersToNextTimer(),
    (t) => setTimeout(() => {}, t),
  );

/** What a scripted transport does with one batch. */
export type Reply = TransportResult | 'hang' | 'throw' | ((batch: Answer[], context: TransportContext) => Promise<TransportResult> | TransportResult);

/**
 * A transport whose replies are scripted: `replies` are used in order, then `fallback` (accepted).
 * It records each call's ids and context.
 */
export function scripted(replies: Reply[] = [], fallback: Reply = { status: 'accepted' }) {
  const calls: { ids: string[]; context: TransportContext }[] = [];
  const transport = {
    maxBatch: 20,
    calls,
    replies,
    fallback,
    send: vi.fn((batch: Answer[], context: TransportContext): Promise<TransportResult> => {
      calls.push({ ids: batch.map((a) => a.id), context });
      const reply = replies.length ? replies.shift()! : transport.fallback;
      if (reply == 'hang') return new Promise(() => {});
      if (reply == 'throw') throw new TypeError('Failed to fetch');
      return Promise.resolve(typeof reply == 'function' ? reply(batch, context) : reply);
    }),
  };
  return transport;
}

/** A delivery over memory storage in a window without cross-tab storage (no lock waits), random 0.5. */
export function setup(deps: Partial<DeliveryDeps> & { replies?: Reply[] } = {}) {
  const transport = deps.transport ? (deps.transport as ReturnType<typeof scripted>) : scripted(deps.replies);
  const emit = vi.fn();
  const storage = deps.storage || memoryStorage();
  const win = 'window' in deps ? deps.window : fakeWindow({});
  const delivery = createDelivery({ random: () => 0.5, ...deps, transport, emit, storage, window: win });
  const events = (name: string) => emit.mock.calls.filter((c) => c[0] == name).map((c) => c[1]);
  const sentIds = () => events('sent').flatMap((p: { answers: Answer[] }) => p.answers.map((a) => a.id));
  return { delivery, transport, emit, storage, window: win, events, sentIds, tick };
}
