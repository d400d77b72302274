/**
 * The in-page half of the delivery bench, bundled by tests/bench/delivery.mjs with esbuild: hearken's
 * real outbox (IndexedDB) and fetch transport, driven directly (adding 1,000 answers through the UI
 * would measure the UI). Sets `window.hearkenBench.run(count, endpoint)`.
 */
import { createDelivery } from '../../src/outbox/delivery';
import { resolveTransport } from '../../src/transports/index';
import type { Answer } from '../../src/surveys/types';
import type { DeliveryEvents as HearkenEvents } from '../../src/outbox/types';

/** What one run measured. */
export interface OutboxBenchResult {
  /** Milliseconds each `add` took, in order. */
  adds: number[];
  /** Answers in the outbox after the adds. */
  pending: number;
  /** Milliseconds of one `flush()` that sent them all. */
  flushMs: number;
  /** Calls of the transport during the flush. */
  requests: number;
  /** Answers still in the outbox after the flush. */
  left: number;
  /** `error` and `drop` events seen. */
  problems: string[];
}

function answer(i: number, page: string): Answer {
  const score = i % 11;
  return {
    id: 'bench-' + i + '-' + Math.random().toString(36).slice(2),
    survey: 'nps',
    score,
    scale: { min: 0, max: 10 },
    segment: score <= 6 ? 'detractor' : score <= 8 ? 'passive' : 'promoter',
    comment: i % 3 ? undefined : 'The grinder setting was hard to find.',
    question: 'How likely are you to recommend Northwind Coffee to a friend or colleague?',
    locale: 'en',
    touchpoint: 'checkout',
    page,
    visitorId: 'bench-visitor',
    answeredAt: new Date().toISOString(),
    widget: 'hearken/bench',
  };
}

/** Stores `count` answers one at a time (timing each), then flushes them all to `endpoint`. */
async function run(count: number, endpoint: string): Promise<OutboxBenchResult> {
  const problems: string[] = [];
  const emit = <K extends 'sent' | 'drop' | 'error'>(name: K, payload: HearkenEvents[K]) => {
    if (name == 'error') problems.push((payload as HearkenEvents['error']).message);
    if (name == 'drop') problems.push('dropped: ' + (payload as HearkenEvents['drop']).reason);
  };
  const options = { emit, maxEntries: count * 2, namespace: 'hearken-bench' };
  // a destroyed delivery still stores what is added, and sends nothing: adds are timed alone
  const store = createDelivery({ ...options, transport: { send: async () => ({ status: 'retry' as const }) } });
  store.destroy();
  const adds: number[] = [];
  for (let i = 0; i < count; i++) {
    const a = answer(i, location.origin + location.pathname);
    const t = performance.now();
    await store.add(a);
    adds.push(performance.now() - t);
  }
  const pending = await store.pending();

  const fetchTransport = resolveTransport('fetch', { endpoint });
  let requests = 0;
  const transport = {
    maxBatch: fetchTransport.maxBatch,
    send: (batch: Answer[], context: Parameters<typeof fetchTransport.send>[1]) => (requests++, fetchTransport.send(batch, context)),
  };
  const delivery = createDelivery({ ...options, transport });
  const t = performance.now();
  await delivery.flush();
  const flushMs = performance.now() - t;
  const left = await delivery.pending();
  delivery.destroy();
  return { adds, pending, flushMs, requests, left, problems };
}

(window as unknown as { hearkenBench: { run: typeof run } }).hearkenBench = { run };
