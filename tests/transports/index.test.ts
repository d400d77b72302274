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

  it.each(['segment', 'posthog'] as const)('picks %s by name, loading it at once (before an answer, which the page may be left with)', async (name) => {
    const { pipelines } = await import('../../src/transports/pipelines');
    const loadPipelines = vi.fn(async () => pipelines);
    const fetch = vi.fn(async () => new Response(null, { status: 200 }));
    const t = resolveTransport(name, { endpoint: 'https://plane.example', writeKey: 'k', loadPipelines, window: win(), fetch: fetch as never });
    expect(loadPipelines).toHaveBeenCalledTimes(1);
    expect(t.unload).toBeUndefined(); // no beacon: keepalive fetch carries the auth and the vendor's body
    expect(await t.send([answer('a')], context)).toEqual({ status: 'accepted' });
    expect(fetch).toHaveBeenCalledWith(name == 'segment' ? 'https://plane.example/v1/batch' : 'https://plane.example/batch/', expect.anything());
  });

  it('throws from send when the pipeline transports cannot be loaded (the outbox retries), and loads again next time', async () => {
    const { pipelines } = await import('../../src/transports/pipelines');
    const failed = () => Promise.reject(new Error('could not load hearken-pipelines.js'));
    // the load begun with the delivery fails, and so does the first batch's; the next one loads
    const loadPipelines = vi.fn().mockImplementationOnce(failed).mockImplementationOnce(failed).mockResolvedValue(pipelines);
    const fetch = vi.fn(async () => new Response(null, { status: 200 }));
    const t = resolveTransport('segment', { endpoint: 'https://plane.example', writeKey: 'k', loadPipelines, fetch: fetch as never });
    await expect(t.send([answer('a')], context)).rejects.toThrow('could not load');
    expect(await t.send([answer('a')], context)).toEqual({ status: 'accepted' });
    expect(loadPipelines).toHaveBeenCalledTimes(3);
  });

  it('keeps answers (rejects with a reason) when segment or posthog has no endpoint', async () => {
    expect(await resolveTransport('posthog', { writeKey: 'k' }).send([answer('a')], context)).toEqual({ status: 'reject', reason: 'no endpoint is configured' });
  });
});
