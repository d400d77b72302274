/**
 * What delivery needs of a widget's options (src/widget/check-delivery.ts), as createWidget, hearken-checks.js and
 * the npm entry's checks' chunk ask it: whether it can deliver, and what it reports missing.
 */
import { describe, expect, it, vi } from 'vitest';
import type { HearkenOptions } from '../../src/config/index';
import { checkDelivery } from '../../src/widget/check-delivery';

const check = (base: HearkenOptions, raw: Record<string, unknown> = base as Record<string, unknown>, env: Parameters<typeof checkDelivery>[2] = {}) => {
  const report = vi.fn();
  return { canDeliver: checkDelivery(base, raw, env, report, (option) => 'data-' + option), reported: report.mock.calls.map(([bad]) => bad) };
};

describe('checkDelivery', () => {
  it.each([
    ['an endpoint', { endpoint: 'https://shop.example/collect' }],
    ['a transport function', { transport: (() => Promise.resolve({ ok: true })) as never }],
    ['the dataLayer transport', { transport: 'dataLayer' }],
  ] as [string, HearkenOptions][])('%s: can deliver, nothing reported', (_, options) => {
    expect(check(options)).toEqual({ canDeliver: true, reported: [] });
  });

  it('a shared outbox stands for an endpoint', () => {
    expect(check({}, {}, { delivery: {} as never })).toEqual({ canDeliver: true, reported: [] });
  });

  it('no endpoint: reported by its name as the widget calls it', () => {
    expect(check({ survey: 'nps' })).toEqual({ canDeliver: false, reported: [{ name: 'data-endpoint', key: 'endpoint', value: '', need: '' }] });
  });

  it('an endpoint given but refused is not reported twice (its own check said it)', () => {
    expect(check({}, { endpoint: 'ftp://x' }).reported).toEqual([]);
    expect(check({}, {}, { endpointGiven: true }).reported).toEqual([]);
  });

  it.each(['segment', 'posthog'])('the %s transport without its write key: reported', (transport) => {
    const { reported } = check({ transport: transport as never });
    expect(reported).toContainEqual({ name: 'data-writeKey', key: 'writeKey', value: '', need: transport });
    expect(check({ transport: transport as never, writeKey: 'wk_1' }).reported).not.toContainEqual(expect.objectContaining({ key: 'writeKey' }));
  });
});
