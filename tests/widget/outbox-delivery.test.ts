// @vitest-environment jsdom
/**
 * A widget's own delivery, once its code is here (src/widget/outbox-delivery.ts): the outbox over the options'
 * transport, not started until asked, reporting to the widget's emitter, its last-chance send with page-leave.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/surveys/types';
import type { LeaveStep } from '../../src/widget/page-leave';
import { destinationOf, makeDelivery } from '../../src/widget/outbox-delivery';
import { createEmitter } from '../../src/widget/events';
import { answer } from '../outbox/helpers';
import { resetPage, settle } from '../dom';

beforeEach(() => void (vi.useFakeTimers(), resetPage()));
afterEach(() => void vi.useRealTimers());

describe('makeDelivery', () => {
  it('makes an unstarted delivery of the transport option: started, it registers its last-chance send; answers go out and `sent` reaches the widget', async () => {
    const sent: Answer[][] = [];
    const transport = { send: vi.fn(async (batch: Answer[]) => (sent.push(batch), { status: 'accepted' as const })) };
    const emitter = createEmitter();
    const events: string[] = [];
    emitter.on('sent', () => void events.push('sent'));
    const steps: LeaveStep[] = [];
    const leave = { on: vi.fn((step: LeaveStep) => (steps.push(step), () => {})), onReturn: vi.fn() };
    const delivery = makeDelivery({ window, options: { transport }, emitter, leave: leave as never, nameOf: String });
    expect(steps).toEqual([]);
    delivery.start();
    expect(steps).toEqual(['deliver']);
    await delivery.add(answer('a'));
    for (let i = 0; i < 40; i++) {
      await settle();
      vi.advanceTimersByTime(50);
    }
    expect(sent.map((batch) => batch.map((a) => a.id))).toEqual([['a']]);
    expect(events).toEqual(['sent']);
    delivery.destroy();
  });

  // a value with a line break (or a `€`) made every fetch throw before it left: reported as an endpoint that
  // cannot be reached, retried until the answers expired (found by the security audit)
  it('reports headers a browser refuses, and sends without them', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 200 }));
    vi.stubGlobal('fetch', fetch);
    try {
      const report = vi.fn();
      const leave = { on: vi.fn(() => () => {}), onReturn: vi.fn() };
      const options = { endpoint: 'https://shop.example/collect', headers: { 'X-Api-Key': 'k\r\nX-Evil: 1' } };
      const delivery = makeDelivery({ window, options, emitter: createEmitter(), leave: leave as never, nameOf: String, report });
      expect(report.mock.calls.map(([message]) => message)).toEqual([expect.stringMatching(/^\[hearken\] headers must be HTTP header names and values, got .*; sending without them$/)]);
      delivery.start();
      await delivery.add(answer('a'));
      for (let i = 0; i < 40 && !fetch.mock.calls.length; i++) {
        await settle();
        vi.advanceTimersByTime(50);
      }
      expect(fetch.mock.calls.length).toBe(1);
      expect((fetch.mock.calls[0] as unknown as [string, RequestInit])[1].headers).toEqual({ 'Content-Type': 'application/json' });
      delivery.destroy();
    } finally {
      vi.unstubAllGlobals();
    }
  });

  // consent withdrawn with a score picked: the prompt commits it after the erasure (found by the security audit)
  it('neither keeps nor settles an answer added once consent no longer allows it', async () => {
    let granted = true;
    const transport = { send: vi.fn(async () => ({ status: 'accepted' as const })) };
    const leave = { on: vi.fn(() => () => {}), onReturn: vi.fn() };
    const delivery = makeDelivery({ window, options: { transport }, emitter: createEmitter(), leave: leave as never, nameOf: String, allowed: () => granted });
    delivery.start();
    granted = false;
    let settled = false;
    void delivery.add(answer('after-withdrawal')).then(() => (settled = true));
    for (let i = 0; i < 20; i++) {
      await settle();
      vi.advanceTimersByTime(50);
    }
    expect(settled).toBe(false);
    expect(await delivery.pending()).toBe(0);
    expect(transport.send).not.toHaveBeenCalled();
    expect(localStorage.getItem('hearken:waiting')).toBeNull();
    delivery.destroy();
  });

  // the page's widgets share one outbox: each delivery sends only the answers marked with its own destination
  // (an endpoint the owner fixed gets what the old one kept: tests/e2e/delivery-redirect.test.ts)
  it.each([
    [{ endpoint: 'https://shop.example/collect' }, { endpoint: 'https://shop.example/collect', transport: 'beacon' as const }, true],
    [{ endpoint: 'https://shop.example/moved' }, { endpoint: 'https://shop.example/collect', transport: 'fetch' as const }, true],
    [{ endpoint: 'https://shop.example/a' }, { endpoint: 'https://shop.example/a', transport: 'dataLayer' as const }, false],
    [{ transport: 'segment' as const, endpoint: 'https://api.segment.io' }, { transport: 'posthog' as const, endpoint: 'https://eu.i.posthog.com' }, false],
    [{ endpoint: 'https://shop.example/a' }, { endpoint: 'https://shop.example/a', transport: { send: async () => ({ status: 'accepted' as const }) } }, false],
  ])('gives %j and %j the same destination: %s', (one, other, same) => {
    expect(destinationOf(one) == destinationOf(other)).toBe(same);
  });
});
