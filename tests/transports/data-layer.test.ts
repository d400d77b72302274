import { describe, expect, it } from 'vitest';
import { dataLayerTransport } from '../../src/transports/data-layer';
import { answer } from '../outbox/helpers';

const context = { signal: new AbortController().signal, unload: false };

describe('dataLayer transport', () => {
  it('pushes each answer as a hearken_answer event, creating window.dataLayer', async () => {
    const win = {} as Window & { dataLayer?: unknown[] };
    expect(await dataLayerTransport(win).send([answer('a'), answer('b')], context)).toEqual({ status: 'accepted' });
    expect(win.dataLayer).toEqual([
      { event: 'hearken_answer', hearken: answer('a') },
      { event: 'hearken_answer', hearken: answer('b') },
    ]);
  });

  it('appends to an existing dataLayer', async () => {
    const win = { dataLayer: [{ event: 'gtm.js' }] } as unknown as Window & { dataLayer: unknown[] };
    await dataLayerTransport(win).send([answer('a')], context);
    expect(win.dataLayer).toHaveLength(2);
  });
});
