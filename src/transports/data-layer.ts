import type { TransportObject } from '../types';

/**
 * Pushes each answer into `window.dataLayer` (Google Tag Manager) as `{ event: 'hearken_answer', hearken: answer }`,
 * creating the array if missing. Always accepted (there is no server to refuse it).
 */
export function dataLayerTransport(win?: Window): TransportObject {
  return {
    maxBatch: 20,
    async send(batch) {
      const w = (win || (typeof window != 'undefined' ? window : undefined)) as (Window & { dataLayer?: unknown[] }) | undefined;
      if (!w) return { status: 'retry', reason: 'no window' };
      const layer = (w.dataLayer = w.dataLayer || []);
      batch.forEach((answer) => layer.push({ event: 'hearken_answer', hearken: answer }));
      return { status: 'accepted' };
    },
  };
}
