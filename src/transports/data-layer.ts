import type { TransportObject } from './types';

/**
 * Pushes each answer into `window.dataLayer` (Google Tag Manager) as `{ event: 'hearken_answer', hearken: answer }`,
 * creating the array if missing. Always accepted (there is no server to refuse it); without a window it throws,
 * which the outbox counts as a retry.
 */
export function dataLayerTransport(win?: Window): TransportObject {
  return {
    maxBatch: 20,
    async send(batch) {
      const w = (win || window) as Window & { dataLayer?: unknown[] };
      const layer = (w.dataLayer = w.dataLayer || []);
      batch.forEach((answer) => layer.push({ event: 'hearken_answer', hearken: answer }));
      return { status: 'accepted' };
    },
  };
}
