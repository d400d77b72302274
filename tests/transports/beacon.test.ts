import { describe, expect, it, vi } from 'vitest';
import { beaconTransport } from '../../src/transports/beacon';
import { answer } from '../outbox/helpers';

const ENDPOINT = 'https://collect.example/answers';
const context = (unload = true) => ({ signal: new AbortController().signal, unload });

function setup(accept = true) {
  const bodies: { url: string; blob: Blob }[] = [];
  const sendBeacon = vi.fn((url: string, blob: Blob) => (bodies.push({ url, blob }), accept));
  const fetch = vi.fn(async () => new Response(null, { status: 202 }));
  const win = { navigator: { sendBeacon } } as unknown as Window;
  return { bodies, sendBeacon, fetch, t: beaconTransport({ endpoint: ENDPOINT, window: win, fetch: fetch as never }) };
}

describe('beacon transport', () => {
  it('queues the JSON as a text/plain Blob (no CORS preflight) and says so', async () => {
    const { bodies, t } = setup();
    expect(t.queued).toBe(true);
    expect(await t.send([answer('a')], context())).toEqual({ status: 'accepted' });
    expect(bodies[0].url).toBe(ENDPOINT);
    expect(bodies[0].blob.type.toLowerCase()).toBe('text/plain;charset=utf-8');
    expect(JSON.parse(await bodies[0].blob.text()).answers).toEqual([answer('a')]);
  });

  it('leaves the answers when sendBeacon returns false', async () => {
    const { t } = setup(false);
    expect((await t.send([answer('a')], context())).status).toBe('retry');
  });

  it('asks for a split when a body would reach 64 KiB', async () => {
    const { sendBeacon, t } = setup();
    const big = 'x'.repeat(40_000);
    expect(await t.send([answer('a', big), answer('b', big)], context())).toEqual({ status: 'too-large' });
    expect(sendBeacon).not.toHaveBeenCalled();
  });

  it('leaves a single answer over 64 KiB for a later fetch while unloading, and POSTs it otherwise', async () => {
    const { sendBeacon, fetch, t } = setup();
    const huge = [answer('a', 'x'.repeat(70_000))];
    expect((await t.send(huge, context(true))).status).toBe('retry');
    expect(fetch).not.toHaveBeenCalled();
    expect(await t.send(huge, context(false))).toEqual({ status: 'accepted' });
    expect(fetch).toHaveBeenCalledWith(ENDPOINT, expect.objectContaining({ method: 'POST', headers: { 'Content-Type': 'text/plain;charset=UTF-8' } }));
    expect(sendBeacon).not.toHaveBeenCalled();
  });

  it('retries when the browser has no sendBeacon', async () => {
    const t = beaconTransport({ endpoint: ENDPOINT, window: { navigator: {} } as unknown as Window });
    expect((await t.send([answer('a')], context())).status).toBe('retry');
  });
});
