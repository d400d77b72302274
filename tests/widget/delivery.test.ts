// @vitest-environment jsdom
/**
 * A widget's way to its outbox (src/widget/delivery.ts): the script tag's delivery shared, or one of its own made
 * only when consent allows, started in a task of its own, and last to act when the page is left.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/surveys/types';
import type { TransportResult } from '../../src/transports/types';
import type { HearkenOptions } from '../../src/config/options';
import type { LeaveStep } from '../../src/widget/page-leave';
import { createDeliverySlot } from '../../src/widget/delivery';
import { makeDelivery } from '../../src/widget/outbox-delivery';
import { createEmitter } from '../../src/widget/events';
import { answer } from '../outbox/helpers';
import { fakeDelivery, resetPage, settle } from '../dom';

beforeEach(() => {
  vi.useFakeTimers();
  resetPage();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** Lets the delivery work for `ms` of fake time (its lock and timers), settling promises between steps. */
async function run(ms = 2_000) {
  for (let t = 0; t < ms; t += 50) {
    await settle();
    vi.advanceTimersByTime(50);
  }
  await settle();
}

function slot(options: HearkenOptions = {}, parts: { shared?: boolean; canDeliver?: boolean; allowed?: () => boolean } = {}) {
  const sent: Answer[][] = [];
  const reply = vi.fn(async (): Promise<TransportResult> => ({ status: 'accepted' }));
  const transport = { send: vi.fn(async (batch: Answer[]) => (sent.push(batch), reply())) };
  const emitter = createEmitter();
  const events: [string, unknown][] = [];
  (['sent', 'error', 'drop'] as const).forEach((name) => emitter.on(name, (payload) => void events.push([name, payload])));
  const steps: [LeaveStep, (kind: 'pagehide') => void][] = [];
  const leave = { on: vi.fn((step: LeaveStep, fn: (kind: 'pagehide') => void) => (steps.push([step, fn]), () => {})), onReturn: vi.fn() };
  const shared = parts.shared ? fakeDelivery().delivery : undefined;
  const loadDelivery = vi.fn(() => Promise.resolve(makeDelivery));
  const it = createDeliverySlot({
    window,
    loadDelivery,
    report: (message) => console.error(message),
    options: { transport, ...options },
    emitter,
    leave: leave as never,
    shared,
    canDeliver: parts.canDeliver ?? true,
    allowed: parts.allowed || (() => true),
    nameOf: (o) => 'data-' + o,
  });
  return { slot: it, sent, reply, events, steps, shared, transport, loadDelivery };
}

describe('createDeliverySlot', () => {
  it('uses the shared delivery when given one, and never stops it', () => {
    const s = slot({}, { shared: true });
    expect(s.slot.get()).toBe(s.shared);
    s.slot.drop();
    expect(s.slot.get()).toBe(s.shared);
    expect(s.shared!.destroy).not.toHaveBeenCalled();
  });

  it('has none for a widget that cannot deliver', () => {
    expect(slot({}, { canDeliver: false }).slot.get()).toBeUndefined();
  });

  it('makes its own only once consent allows, then keeps it', () => {
    let allowed = false;
    const s = slot({}, { allowed: () => allowed });
    expect(s.slot.get()).toBeUndefined();
    allowed = true;
    const own = s.slot.get();
    expect(own).toBeDefined();
    expect(s.slot.get()).toBe(own);
  });

  it('sends the answers it is given through the transport option and announces them', async () => {
    const s = slot();
    await s.slot.get()!.add(answer('a'));
    await run();
    expect(s.sent.map((batch) => batch.map((a) => a.id))).toEqual([['a']]);
    expect(s.events.map(([name]) => name)).toEqual(['sent']);
  });

  it("flushes the answers an earlier visit left in the outbox, once started", async () => {
    const first = slot();
    first.reply.mockResolvedValue({ status: 'retry', reason: 'HTTP 503' });
    await first.slot.get()!.add(answer('left-over'));
    await run();
    first.slot.drop();
    const next = slot();
    next.slot.get();
    await run();
    expect(next.sent.map((batch) => batch.map((a) => a.id))).toEqual([['left-over']]);
  });

  it('with answers waiting, starts in a task of its own, not while the script runs, handing its last-chance send to the page-leave module', async () => {
    localStorage.setItem('hearken:waiting', '1');
    const s = slot();
    s.slot.get();
    await settle();
    expect(s.steps).toEqual([]);
    vi.advanceTimersByTime(0);
    await settle();
    expect(s.steps.map(([step]) => step)).toEqual(['deliver']);
  });

  it('with nothing waiting, loads no delivery code until an answer comes', async () => {
    const s = slot();
    const own = s.slot.get()!;
    await run();
    expect(s.loadDelivery).not.toHaveBeenCalled();
    expect(s.steps).toEqual([]);
    await own.add(answer('a'));
    await run();
    expect(s.loadDelivery).toHaveBeenCalledTimes(1);
    expect(s.sent.map((batch) => batch.map((a) => a.id))).toEqual([['a']]);
  });

  it('with debug, says on the console what goes wrong in delivery, but not what was sent', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const s = slot({ debug: true });
    s.reply.mockResolvedValueOnce({ status: 'reject', reason: 'HTTP 403' });
    await s.slot.get()!.add(answer('a'));
    await run();
    expect(s.events.map(([name]) => name)).toContain('error');
    expect(warn.mock.calls.map((call) => call[0])).toEqual(expect.arrayContaining(['[hearken] error']));
    const quiet = slot();
    warn.mockClear();
    await quiet.slot.get()!.add(answer('b'));
    await run();
    expect(quiet.events.map(([name]) => name)).toEqual(['sent']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('without debug, an endpoint of its own that answers 404 is one console.error naming it; a transport of the host\'s is not watched', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const fetch = vi.fn(async () => new Response('not here', { status: 404 }));
    vi.stubGlobal('fetch', fetch);
    history.replaceState(null, '', '/shop/cart');
    const s = slot({ transport: undefined, endpoint: location.origin + '/shop/collect' });
    await s.slot.get()!.add(answer('a'));
    await s.slot.get()!.add(answer('b'));
    await run();
    expect(fetch).toHaveBeenCalled();
    expect(error.mock.calls).toEqual([[`[hearken] data-endpoint "${location.origin}/shop/collect" answered 404: answers are kept and retried; check the URL`]]);
    // the events stay as they are
    expect(s.events.map(([name]) => name)).toContain('error');
    const own = slot({ endpoint: location.origin + '/other' });
    own.reply.mockResolvedValue({ status: 'reject', reason: 'HTTP 404' });
    await own.slot.get()!.add(answer('c'));
    await run();
    expect(error).toHaveBeenCalledTimes(1);
    vi.unstubAllGlobals();
  });

  it('drop() stops its own delivery; the next get() makes a new one', () => {
    const s = slot();
    const own = s.slot.get()!;
    const destroy = vi.spyOn(own, 'destroy');
    s.slot.drop();
    expect(destroy).toHaveBeenCalled();
    expect(s.slot.get()).not.toBe(own);
  });
});
