import { describe, expect, it, vi } from 'vitest';
import { resolveTransport } from '../../src/transports/index';
import { answer } from '../outbox/helpers';

const context = { signal: new AbortController().signal, unload: false };
const win = (extra: Record<string, unknown> = {}) => ({ navigator: { sendBeacon: vi.fn(() => true) }, ...extra }) as unknown as Window;

describe('resolveTransport', () => {
  it('defaults to fetch, with a beacon for the unload path', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 200 }));
    const t = resolveTransport(undefined, { endpoint: 'https://c.example/a', window: win(), fetch: fetch as never });
    expect(await t.send([answer('a')], context)).toEqual({ status: 'accepted' });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(t.unload && (t.unload as { queued?: boolean }).queued).toBe(true);
  });

  it('uses keepalive fetch, not a beacon, when custom headers must go along', () => {
    const t = resolveTransport('fetch', { endpoint: 'https://c.example/a', window: win(), headers: { Authorization: 'x' } });
    expect(t.unload).toBeUndefined();
  });

  it('picks beacon and dataLayer by name', async () => {
    const w = win();
    const beacon = resolveTransport('beacon', { endpoint: 'https://c.example/a', window: w });
    expect(beacon.queued).toBe(true);
    await beacon.send([answer('a')], context);
    expect(w.navigator.sendBeacon).toHaveBeenCalledTimes(1);
    const layer = resolveTransport('dataLayer', { window: w });
    await layer.send([answer('a')], context);
    expect((w as unknown as { dataLayer: unknown[] }).dataLayer).toHaveLength(1);
  });

  it('wraps a bare function and passes an object through', async () => {
    const fn = vi.fn(async () => ({ status: 'accepted' as const }));
    expect(await resolveTransport(fn).send([answer('a')], context)).toEqual({ status: 'accepted' });
    expect(fn).toHaveBeenCalledWith([answer('a')], context);
    const object = { send: fn, maxBatch: 5 };
    expect(resolveTransport(object)).toBe(object);
  });

  it('keeps answers (rejects with a reason) when fetch has no endpoint', async () => {
    expect(await resolveTransport('fetch', {}).send([answer('a')], context)).toEqual({ status: 'reject', reason: 'no endpoint is configured' });
  });
});
