// @vitest-environment jsdom
/**
 * Delivery problems the owner must fix, on the console without data-debug (src/widget/delivery-report.ts):
 * one line per kind and page view, naming the endpoint as written and saying what to do.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TransportContext, TransportResult } from '../../src/transports/types';
import { watchDelivery } from '../../src/widget/delivery-report';
import { answer } from '../outbox/helpers';
import { resetPage, settle } from '../dom';

const ORIGIN = location.origin;
const visible: TransportContext = { signal: new AbortController().signal, unload: false };
const leaving: TransportContext = { ...visible, unload: true };

/** A fresh page view (the lines are once per window) whose endpoint answers `results` in turn. */
function watched(results: TransportResult[], deps: { endpoint?: string; given?: unknown; nameOf?: (o: string) => string; window?: Window } = {}) {
  const printed: string[] = [];
  const endpointSend = vi.fn(async (_batch: unknown[], _context: TransportContext) => results.shift() || ({ status: 'accepted' } as TransportResult));
  const transport = { maxBatch: 20, send: endpointSend };
  const win = deps.window || (Object.create(window, { document: { value: document }, location: { value: location }, navigator: { value: navigator } }) as Window);
  const same = watchDelivery(transport, {
    window: win,
    endpoint: deps.endpoint || ORIGIN + '/shop/collect',
    given: deps.given,
    nameOf: deps.nameOf || ((o) => 'data-' + o),
    print: (line) => void printed.push(line),
  });
  /** Sends `n` batches while the page is visible (or leaving). */
  const send = async (n = 1, context = visible) => {
    for (let i = 0; i < n; i++) await same.send([answer('a' + i)], context);
    await settle();
  };
  return { transport: same, endpointSend, printed, send };
}

const networkError = (): TransportResult => ({ status: 'retry', reason: 'TypeError: Failed to fetch' });

beforeEach(() => {
  resetPage();
  history.replaceState(null, '', '/shop/cart');
});

describe('watchDelivery', () => {
  it('names a relative data-endpoint as written, the URL it became and the 404, once per page view', async () => {
    document.body.innerHTML = '<script data-endpoint=" collect "></script>';
    // the script tag's options hold the URL it resolved to
    const w = watched([{ status: 'reject', reason: 'HTTP 404' }, { status: 'reject', reason: 'HTTP 404' }, { status: 'reject', reason: 'HTTP 410' }], { given: ORIGIN + '/shop/collect' });
    await w.send(3);
    expect(w.printed).toEqual([`[hearken] data-endpoint "collect" → ${ORIGIN}/shop/collect answered 404: answers are kept and retried; check the URL`]);
  });

  it('finds what a <hearken-survey endpoint> says, named as the element names it', async () => {
    document.body.innerHTML = '<hearken-survey endpoint="collect"></hearken-survey>';
    const w = watched([{ status: 'reject', reason: 'HTTP 403' }], { given: ORIGIN + '/shop/collect', nameOf: String });
    await w.send();
    expect(w.printed).toEqual([`[hearken] endpoint "collect" → ${ORIGIN}/shop/collect answered 403: answers are kept and retried; check the URL`]);
  });

  it('says the same for npm users, naming the option and the value they gave', async () => {
    const w = watched([{ status: 'reject', reason: 'HTTP 401' }], { given: 'collect', nameOf: String });
    await w.send();
    expect(w.printed).toEqual([`[hearken] endpoint "collect" → ${ORIGIN}/shop/collect answered 401: answers are kept and retried; check the URL`]);
  });

  it('says of a 400 that the endpoint refused what was sent, rather than to check a URL that reached it', async () => {
    const w = watched([{ status: 'reject', reason: 'HTTP 400' }], { given: 'collect', nameOf: String });
    await w.send();
    expect(w.printed).toEqual([`[hearken] endpoint "collect" → ${ORIGIN}/shop/collect answered 400: answers are kept and retried; it refused what was sent, and its response says why`]);
  });

  it('names where a redirect went, and asks for the endpoint to be set to it', async () => {
    const reason = `redirected to ${ORIGIN}/login (HTTP 200); set the endpoint to the final URL`;
    const w = watched([{ status: 'reject', reason }], { given: ORIGIN + '/shop/collect' });
    await w.send();
    expect(w.printed).toEqual([
      `[hearken] data-endpoint "${ORIGIN}/shop/collect" was redirected to ${ORIGIN}/login (HTTP 200): answers are kept and retried; set data-endpoint to the final URL`,
    ]);
  });

  it('an endpoint on another origin that no attempt reached: CORS is named as the likely cause', async () => {
    const w = watched([networkError(), networkError(), networkError()], { endpoint: 'https://collect.other.test/c', given: 'https://collect.other.test/c' });
    await w.send();
    expect(w.printed).toEqual([]); // one failure may be a blip
    await w.send(2);
    expect(w.printed).toEqual([
      '[hearken] data-endpoint "https://collect.other.test/c" could not be reached by any attempt of this page view (TypeError: Failed to fetch): answers are kept and retried; it is on another origin, so the likely cause is CORS: its Access-Control-Allow-Origin must allow this site',
    ]);
  });

  it('an endpoint on this origin that no attempt reached: check the URL and the server', async () => {
    const w = watched([networkError(), networkError()], { given: '/shop/collect' });
    await w.send(2);
    expect(w.printed).toEqual([
      `[hearken] data-endpoint "/shop/collect" → ${ORIGIN}/shop/collect could not be reached by any attempt of this page view (TypeError: Failed to fetch): answers are kept and retried; check the URL and its server`,
    ]);
  });

  it('is quiet when an attempt got through, when the browser is offline, for server errors, and for what a leaving page beacons', async () => {
    const reached = watched([{ status: 'retry', reason: 'HTTP 503' }, networkError(), networkError()]);
    await reached.send(3);
    const offline = Object.create(window, { document: { value: document }, location: { value: location }, navigator: { value: { onLine: false } } }) as Window;
    const away = watched([networkError(), networkError()], { window: offline });
    await away.send(2);
    const leavingPage = watched([{ status: 'reject', reason: 'HTTP 404' }]);
    await leavingPage.send(1, leaving);
    expect([reached.printed, away.printed, leavingPage.printed]).toEqual([[], [], []]);
  });

  it('hands the transport\'s results on untouched, and a rejection as it was', async () => {
    const w = watched([{ status: 'reject', reason: 'HTTP 404' }]);
    await expect(w.transport.send([answer('x')], visible)).resolves.toEqual({ status: 'reject', reason: 'HTTP 404' });
    w.endpointSend.mockRejectedValueOnce(new Error('pipelines did not load'));
    await expect(w.transport.send([answer('y')], visible)).rejects.toThrow('pipelines did not load');
    expect(w.transport.maxBatch).toBe(20);
  });
});
