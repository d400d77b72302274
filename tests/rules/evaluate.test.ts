import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/rules/evaluate';
import type { RuleContext } from '../../src/rules/evaluate';
import type { RuleOptions } from '../../src/rules/types';
import { inSample } from '../../src/rules/sample';

const DAY = 864e5;
const NOW = Date.UTC(2026, 10, 22);
const ids = Array.from({ length: 200 }, (_, i) => 'v' + i);
const outOf20 = ids.find((id) => !inSample(0.2, id, 'nps'))!;

function context(over: Partial<RuleContext> = {}): RuleContext {
  return {
    survey: 'nps',
    key: 'nps',
    consent: 'granted',
    location: new URL('https://shop.example/blog/post'),
    device: () => 'desktop',
    visitorId: () => outOf20,
    history: undefined,
    pageviews: 1,
    session: () => ({ show: true, reason: 'session: nothing shown yet' }),
    openElsewhere: () => undefined,
    now: NOW,
    ...over,
  };
}

describe('evaluate', () => {
  it.each<[string, RuleOptions, Partial<RuleContext>, boolean, string]>([
    ['nothing set', {}, {}, true, 'all rules passed'],
    ['consent pending', {}, { consent: 'pending' }, false, 'consent: pending'],
    ['consent denied', {}, { consent: 'denied' }, false, 'consent: denied'],
    ['pages', { pages: '/blog/*' }, { location: new URL('https://shop.example/checkout') }, false, 'pages: /checkout does not match /blog/*'],
    ['device', { device: 'mobile' }, {}, false, 'device: desktop, not mobile'],
    ['minPageviews', { minPageviews: 3 }, { pageviews: 2 }, false, 'pageviews: 2 of 3 page views'],
    ['sample', { sample: 0.2 }, {}, false, 'sample: visitor not in the 20% sample'],
    ['resurvey', {}, { history: { answeredAt: NOW - 12 * DAY } }, false, 'resurvey: answered nps 12 days ago (wait 90)'],
    ['dismiss', {}, { history: { dismissedAt: NOW - 2 * DAY } }, false, 'dismiss: closed nps 2 days ago (wait 14)'],
    ['session', {}, { session: () => ({ show: false, reason: 'session: nps was already shown in this session' }) }, false, 'session: nps was already shown in this session'],
    ['cross-tab', {}, { openElsewhere: () => 'csat' }, false, 'cross-tab: csat is open in another tab'],
    // the first rule that says no decides
    ['consent before pages', { pages: '/x' }, { consent: 'pending' }, false, 'consent: pending'],
    ['pages before sample', { pages: '/x', sample: 0.2 }, {}, false, 'pages: /blog/post does not match /x'],
  ])('%s', (_, opts, over, show, reason) => {
    expect(evaluate(opts, context(over))).toEqual({ show, reason });
  });

  it('does not create a visitor id while consent is pending', () => {
    let asked = false;
    evaluate({ sample: 0.5 }, context({ consent: 'pending', visitorId: () => ((asked = true), 'v') }));
    expect(asked).toBe(false);
  });
});
