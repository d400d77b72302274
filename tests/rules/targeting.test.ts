// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTargeting } from '../../src/rules/targeting';
import type { TargetingDeps } from '../../src/rules/targeting';
import { createConsent } from '../../src/rules/consent';
import { createSessionCap } from '../../src/rules/session';
import { memoryStorage } from '../../src/storage/index';
import { inSample } from '../../src/rules/sample';
import { realClock } from '../../src/storage/index';
import type { RuleOptions } from '../../src/rules/types';

const DAY = 864e5;
const NOW = Date.UTC(2026, 10, 22);
let stops: (() => void)[] = [];

function setup(opts: RuleOptions, over: Partial<TargetingDeps> = {}) {
  const local = over.local || memoryStorage();
  const session = over.session || memoryStorage();
  const logs: string[] = [];
  const shown: string[] = [];
  const targeting = createTargeting(opts, {
    window,
    survey: 'nps',
    local,
    session,
    consent: createConsent(),
    clock: realClock,
    device: () => 'desktop',
    visitor: { id: () => 'visitor-1' },
    log: (m) => logs.push(m),
    ...over,
  });
  stops.push(targeting.stop);
  return { targeting, local, session, logs, shown, start: () => targeting.start((t) => void shown.push(t)) };
}
const go = (path: string) => history.pushState({}, '', path);

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  history.replaceState(null, '', '/');
});
afterEach(() => {
  stops.forEach((s) => s());
  stops = [];
  vi.useRealTimers();
});

describe('single-page apps', () => {
  it('cancels a pending delay when pushState leaves the matching pages (formbricks#3681)', () => {
    go('/pricing');
    const t = setup({ pages: '/pricing', delay: 5000 });
    const timers = vi.getTimerCount();
    t.start();
    expect(vi.getTimerCount()).toBe(timers + 1);
    vi.advanceTimersByTime(3000);
    go('/about');
    // cancelled, not merely blocked when it fires
    expect(vi.getTimerCount()).toBe(timers);
    vi.advanceTimersByTime(1000);
    // back on a matching page before the old delay would have fired (at 5000): a new page view, a full new delay
    go('/pricing');
    vi.advanceTimersByTime(4999);
    expect(t.shown).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(t.shown).toEqual(['delay 5000 ms']);
  });

  it('cancels a pending scroll trigger when the route leaves the matching pages', () => {
    Object.defineProperty(document.documentElement, 'scrollHeight', { value: 3000, configurable: true });
    Object.defineProperty(window, 'innerHeight', { value: 1000, configurable: true });
    let y = 0;
    let measured = 0;
    Object.defineProperty(window, 'scrollY', { get: () => (measured++, y), configurable: true });
    go('/blog/a');
    const t = setup({ pages: '/blog/*', scroll: 50 });
    t.start();
    y = 100;
    window.dispatchEvent(new Event('scroll'));
    expect(measured).toBeGreaterThan(0);
    go('/checkout');
    measured = 0;
    y = 1500;
    window.dispatchEvent(new Event('scroll'));
    // no scroll listener left: the page is not even measured
    expect(measured).toBe(0);
    expect(t.shown).toEqual([]);
    // the next matching page view arms it again, and the position already scrolled counts
    go('/blog/b');
    expect(t.shown).toEqual(['scroll 50%']);
  });

  it('arms the triggers when a route enters the matching pages', () => {
    go('/home');
    const t = setup({ pages: '/thanks', onEvent: 'order' });
    t.start();
    t.targeting.track('order');
    expect(t.shown).toEqual([]);
    go('/thanks');
    t.targeting.track('order');
    expect(t.shown).toEqual(['event "order"']);
  });

  it('shows at most one prompt per session, across route changes and reloads', () => {
    const session = memoryStorage();
    const t = setup({}, { session });
    t.start();
    expect(t.shown).toEqual(['load']);
    go('/next');
    expect(t.shown).toHaveLength(1);
    const reload = setup({}, { session, sessionCap: createSessionCap(session) });
    reload.start();
    expect(reload.shown).toEqual([]);
    expect(reload.targeting.check().reason).toBe('session: nps shown in this session');
  });
});

describe('the rules', () => {
  const outOf20 = Array.from({ length: 100 }, (_, i) => 'v' + i).find((id) => !inSample(0.2, id, 'nps'))!;
  const elsewhere = (key?: string) => ({ openElsewhere: () => key, open: () => !key, close() {}, answered() {}, onRemoteAnswer: () => () => {}, onRemoteOpen: () => () => {}, destroy() {} });

  it.each<[string, RuleOptions, Partial<TargetingDeps>, Record<string, string>, string]>([
    ['nothing set', {}, {}, {}, 'all rules passed'],
    ['consent pending', {}, { consent: createConsent({ initial: 'pending' }) }, {}, 'consent: pending'],
    ['consent denied', {}, { consent: createConsent({ initial: 'denied' }) }, {}, 'consent: denied'],
    ['pages', { pages: '/blog/*' }, {}, {}, 'pages: / not in /blog/*'],
    ['device', { device: 'mobile' }, {}, {}, 'device: desktop, not mobile'],
    ['device matches', { device: 'desktop' }, {}, {}, 'all rules passed'],
    ['minPageviews', { minPageviews: 3 }, {}, { 'hearken:pageviews': '2' }, 'pageviews: 2 of 3'],
    ['minPageviews reached', { minPageviews: 3 }, {}, { 'hearken:pageviews': '3' }, 'all rules passed'],
    ['sample', { sample: 0.2 }, { visitor: { id: () => outOf20 } }, {}, 'sample: visitor outside 20%'],
    ['sample of everyone', { sample: 1 }, { visitor: { id: () => outOf20 } }, {}, 'all rules passed'],
    ['resurvey', {}, {}, { 'hearken:history': JSON.stringify({ nps: { a: NOW - 12 * DAY } }) }, 'resurvey: answered nps 12d ago (wait 90d)'],
    ['dismiss', { dismissDays: 3 }, {}, { 'hearken:history': JSON.stringify({ nps: { d: NOW - 2 * DAY } }) }, 'dismiss: closed nps 2d ago (wait 3d)'],
    ['session', {}, { session: memoryStorage({ 'hearken:shown': 'csat' }) }, {}, 'session: csat shown in this session'],
    ['cross-tab', {}, { crossTab: elsewhere('csat') }, {}, 'cross-tab: csat open in another tab'],
    // the first rule that says no decides
    ['consent before pages', { pages: '/x' }, { consent: createConsent({ initial: 'pending' }) }, {}, 'consent: pending'],
    ['pages before sample', { pages: '/x', sample: 0.2 }, { visitor: { id: () => outOf20 } }, {}, 'pages: / not in /x'],
  ])('%s', (_, opts, over, stored, reason) => {
    const { targeting } = setup(opts, { local: memoryStorage(stored), ...over });
    expect(targeting.check()).toEqual({ show: reason == 'all rules passed', reason });
  });

  it('reads the visitor id only to sample, and not while consent is pending', () => {
    let asked = 0;
    const visitor = { id: () => (asked++, 'v') };
    setup({}, { visitor }).targeting.check();
    setup({ sample: 0.5 }, { visitor, consent: createConsent({ initial: 'pending' }) }).targeting.check();
    expect(asked).toBe(0);
    setup({ sample: 0.5 }, { visitor }).targeting.check();
    expect(asked).toBe(1);
  });

  it("trigger: 'manual' never shows by itself, but check() and shown() still work for show()", () => {
    const t = setup({ trigger: 'manual', delay: 10, onEvent: 'go' });
    t.start();
    vi.advanceTimersByTime(100);
    window.dispatchEvent(new Event('load'));
    t.targeting.track('go');
    expect(t.shown).toEqual([]);
    expect(t.targeting.check().show).toBe(true);
    expect(t.targeting.shown()).toBe(true);
    expect(t.targeting.check().reason).toBe('session: nps shown on this page view');
  });

  it('a prompt that could not be drawn gives back the caps and the lease, and says why with debug', async () => {
    const session = memoryStorage();
    const calls: string[] = [];
    const crossTab = { ...elsewhere(), open: (key: string) => (calls.push('open ' + key), true), close: () => void calls.push('close') };
    const t = setup({ debug: true, onEvent: 'go' }, { session, crossTab });
    let failure = 'ui: could not load the prompt: offline';
    t.targeting.start((trigger) => (t.shown.push(trigger), Promise.resolve(failure)));
    t.targeting.track('go');
    expect(session.get('hearken:shown')).toBe('nps');
    await Promise.resolve();
    expect(calls).toEqual(['open nps', 'close']);
    expect(session.get('hearken:shown')).toBeNull();
    expect(t.targeting.check()).toEqual({ show: true, reason: 'all rules passed' });
    expect(t.logs).toEqual(['[hearken] nps not shown: ui: could not load the prompt: offline']);
    // the triggers fired once on this page view; the next page view may ask, and logs "shown" once drawn
    failure = '';
    go('/next');
    t.targeting.track('go');
    expect(t.logs).toHaveLength(1);
    await Promise.resolve();
    expect(t.shown).toEqual(['event "go"', 'event "go"']);
    expect(t.logs).toEqual(['[hearken] nps not shown: ui: could not load the prompt: offline', '[hearken] nps shown: event "go"']);
    expect(t.targeting.check().reason).toBe('session: nps shown on this page view');
  });

  it('does not show when another tab takes the lease between the check and the show', () => {
    const crossTab = { ...elsewhere(), open: () => false };
    const t = setup({ debug: true }, { crossTab });
    t.start();
    expect(t.shown).toEqual([]);
    expect(t.logs).toEqual(['[hearken] nps not shown: cross-tab: another tab was first']);
  });
});

describe('frequency through the targeting', () => {
  it('an answer blocks the survey for resurveyDays, a dismissal for dismissDays only', () => {
    const local = memoryStorage();
    const first = setup({}, { local });
    first.targeting.answered();
    expect(setup({}, { local }).targeting.check()).toEqual({ show: false, reason: 'resurvey: answered nps 0d ago (wait 90d)' });
    expect(setup({}, { local, survey: 'csat' }).targeting.check().show).toBe(true);

    const other = memoryStorage();
    setup({}, { local: other }).targeting.dismissed();
    vi.advanceTimersByTime(13 * DAY);
    expect(setup({}, { local: other }).targeting.check().reason).toBe('dismiss: closed nps 13d ago (wait 14d)');
    vi.advanceTimersByTime(DAY);
    expect(setup({}, { local: other }).targeting.check()).toEqual({ show: true, reason: 'all rules passed' });
  });

  it('minPageviews alone shows on that page view, counting route changes', () => {
    const t = setup({ minPageviews: 3 });
    t.start();
    expect(t.shown).toEqual([]);
    go('/2');
    expect(t.shown).toEqual([]);
    go('/3');
    expect(t.shown).toEqual(['load']);
  });
});

describe('consent', () => {
  it('pending writes nothing to storage and shows nothing, until consent(true)', () => {
    const local = memoryStorage();
    const session = memoryStorage();
    const consent = createConsent({ initial: 'pending' });
    const t = setup({}, { local, session, consent });
    t.start();
    go('/other');
    expect(t.shown).toEqual([]);
    expect([...local.data.keys(), ...session.data.keys()]).toEqual([]);
    consent.consent(true);
    t.targeting.refresh();
    expect(t.shown).toEqual(['load']);
    expect(local.get('hearken:pageviews')).toBe('1');
    expect(session.get('hearken:shown')).toBe('nps');
  });
});

describe('debug', () => {
  const outOf20 = Array.from({ length: 100 }, (_, i) => 'v' + i).find((id) => !inSample(0.2, id, 'nps'))!;

  it('logs once why the prompt was not shown, naming the rule', () => {
    const t = setup({ sample: 0.2, debug: true }, { visitor: { id: () => outOf20 } });
    t.start();
    go('/a');
    go('/b');
    expect(t.logs).toEqual(['[hearken] nps not shown: sample: visitor outside 20%']);
  });

  it('logs once which trigger showed it', () => {
    const t = setup({ delay: 1000, debug: true });
    t.start();
    vi.advanceTimersByTime(1000);
    expect(t.logs).toEqual(['[hearken] nps shown: delay 1000 ms']);
  });

  it('logs nothing without debug', () => {
    const t = setup({ pages: '/nowhere' });
    t.start();
    expect(t.logs).toEqual([]);
  });
});

describe('cross-tab', () => {
  it('does not show while another tab has a prompt open, and takes the lease when it shows', () => {
    let elsewhere: string | undefined = 'csat';
    const opened: string[] = [];
    const crossTab = {
      openElsewhere: () => elsewhere,
      open: (key: string) => (opened.push(key), true),
      close() {},
      answered() {},
      onRemoteAnswer: () => () => {},
      onRemoteOpen: () => () => {},
      destroy() {},
    };
    const blocked = setup({ debug: true }, { crossTab });
    blocked.start();
    expect(blocked.shown).toEqual([]);
    expect(blocked.logs).toEqual(['[hearken] nps not shown: cross-tab: csat open in another tab']);
    elsewhere = undefined;
    const free = setup({}, { crossTab, touchpoint: 'checkout' });
    free.start();
    expect(free.shown).toEqual(['load']);
    expect(opened).toEqual(['nps@checkout']);
  });

  it('arms its triggers while another tab has a prompt open, and asks once that prompt is gone', () => {
    let elsewhere: string | undefined = 'nps';
    const crossTab = {
      openElsewhere: () => elsewhere,
      open: () => true,
      close() {},
      answered() {},
      onRemoteAnswer: () => () => {},
      onRemoteOpen: () => () => {},
      destroy() {},
    };
    const t = setup({ onEvent: 'paid' }, { crossTab });
    t.start();
    elsewhere = undefined;
    t.targeting.track('paid');
    expect(t.shown).toEqual(['event "paid"']);
  });
});
