// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Loaded } from '../../src/loader/start';
import { startLoader } from '../../src/loader/start';
import { attributesOf } from '../../src/loader/gate';
import { attributesHash } from '../../src/loader/gate';
import { armTriggers } from '../../src/loader/armed';
import { checkAttributes } from '../../src/loader/check';
import { resetPage, settle } from '../dom';

type Global = Window & typeof globalThis & { Hearken?: Record<string, unknown>; __hearkenCore?: unknown; __hearkenArm?: unknown; __hearkenCheck?: unknown };
const win = window as Global;
const DAY = 864e5;
let started: Loaded[];
let connected: HTMLElement[];

beforeEach(() => {
  resetPage();
  localStorage.clear();
  started = [];
  connected = [];
  // the full script, as if dist/hearken-core.js had arrived (jsdom runs no <script src>)
  win.__hearkenCore = (loaded: Loaded) => {
    started.push(loaded);
    return { connect: (el: HTMLElement) => connected.push(el), disconnect: () => {} };
  };
  // dist/hearken-triggers.js, and dist/hearken-checks.js, asked for attributes not found right before
  win.__hearkenArm = armTriggers;
  win.__hearkenCheck = checkAttributes;
});

afterEach(() => {
  delete win.Hearken;
  delete win.__hearkenCore;
  delete win.__hearkenArm;
  delete win.__hearkenCheck;
  delete (document as { currentScript?: unknown }).currentScript;
  delete (document as { readyState?: unknown }).readyState;
  vi.restoreAllMocks();
});

/** Runs the loader as `<script src="/dist/hearken.js" …>`; `checked`: the full script found these attributes right before. */
async function load(attributes: Record<string, string>, options: { checked?: boolean; body?: string } = {}) {
  if (options.body) document.body.insertAdjacentHTML('beforeend', options.body);
  const script = document.createElement('script');
  script.setAttribute('src', '/dist/hearken.js');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  document.head.appendChild(script);
  if (options.checked !== false) localStorage.setItem('hearken:checked', attributesHash(attributesOf(script)));
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
  startLoader(win, '0.0.0-test');
  await settle();
  return script;
}
const answeredRecently = () => localStorage.setItem('hearken:history', JSON.stringify({ nps: { answeredAt: Date.now() - 3 * DAY } }));

describe('the light start (dist/hearken.js)', () => {
  // first: <hearken-survey> is defined once per document, by the first loader
  it('a <hearken-survey> added later loads the full script, which renders it', async () => {
    answeredRecently();
    await load({ 'data-endpoint': '/collect' });
    expect(started).toHaveLength(0);
    const element = document.createElement('hearken-survey');
    document.body.appendChild(element);
    await settle();
    expect(started).toHaveLength(1);
    expect(connected).toEqual([element]);
  });

  it('a capped visitor: window.Hearken is there, and the full script is not loaded', async () => {
    answeredRecently();
    await load({ 'data-endpoint': '/collect' });
    expect(started).toHaveLength(0);
    expect(document.querySelector('script[src$="hearken-core.js"]')).toBeNull();
    expect(win.Hearken!.version).toBe('0.0.0-test');
    expect(Object.keys(win.Hearken!).sort()).toEqual(['consent', 'destroy', 'flush', 'hide', 'identify', 'on', 'show', 'track', 'version']);
  });

  it('a capped visitor whose page calls show() gets the full script, with the calls made so far, in order', async () => {
    answeredRecently();
    await load({ 'data-endpoint': '/collect' });
    const hearken = win.Hearken as unknown as { identify(id: string): void; show(survey: string): void };
    hearken.identify('u1');
    hearken.show('csat');
    await settle();
    expect(started).toHaveLength(1);
    expect(started[0].stub.calls.map((call) => call.method)).toEqual(['identify', 'show']);
    expect(started[0].stub.api).toBe(win.Hearken);
  });

  it("a page view that cannot ask, on a page whose data-on-event fires (an order's thank-you page): the event and track() load nothing, and are not replayed when show() brings the full script", async () => {
    const cannotAsk: [string, Record<string, string>, () => void][] = [
      ['capped', {}, answeredRecently],
      ['manual', { 'data-trigger': 'manual' }, () => {}],
      ['excluded page', { 'data-pages': '/checkout' }, () => {}],
      ['excluded device', { 'data-device': 'mobile' }, () => {}],
      ['sampled out', { 'data-sample': '0%' }, () => localStorage.setItem('hearken:visitor', 'v-1')],
      ['no consent', { 'data-consent': 'pending' }, () => {}],
    ];
    for (const [why, attributes, before] of cannotAsk) {
      delete win.Hearken;
      localStorage.clear();
      started = [];
      before();
      await load({ 'data-endpoint': '/collect', 'data-on-event': 'purchase', ...attributes });
      const hearken = win.Hearken as unknown as { track(name: unknown): void; show(): void };
      window.dispatchEvent(new Event('purchase'));
      hearken.track('purchase');
      hearken.track('added-to-cart');
      await settle();
      expect(started, why).toHaveLength(0);
      hearken.show();
      await settle();
      expect(started.map((l) => l.stub.calls.map((call) => call.method)), why).toEqual([['show']]);
    }
  });

  it('on a page data-pages leaves out, track() is dropped: on the included page the app routes to, the trigger waits for an event of its own', async () => {
    history.pushState({}, '', '/checkout/pay');
    await load({ 'data-endpoint': '/collect', 'data-pages': '/checkout/thanks', 'data-on-event': 'purchase' });
    (win.Hearken!.track as (name: string) => void)('purchase');
    await settle();
    expect(started).toHaveLength(0);
    history.replaceState({}, '', '/checkout/thanks');
    await settle();
    // armed by hearken-triggers.js: the event of the page before does not fire it
    expect(started).toHaveLength(0);
    window.dispatchEvent(new Event('purchase'));
    await settle();
    expect(started.map((l) => [l.delayLeft, l.stub.calls.map((call) => call.method)])).toEqual([[0, []]]);
    history.pushState({}, '', '/');
  });

  it('once the app routed from a page data-pages leaves out to an included one, track() brings the full script again', async () => {
    history.pushState({}, '', '/checkout/pay');
    await load({ 'data-endpoint': '/collect', 'data-pages': '/checkout/thanks', 'data-on-event': 'purchase' });
    history.pushState({}, '', '/checkout/thanks');
    await settle();
    expect(started).toHaveLength(0);
    (win.Hearken!.track as (name: string) => void)('purchase');
    await settle();
    expect(started.map((l) => l.stub.calls.map((call) => call.method))).toEqual([['track']]);
    history.pushState({}, '', '/');
  });

  it('where a prompt may show, track() still brings the full script and is replayed: the event an armed trigger waits for, an inline mount', async () => {
    for (const [what, attributes, body] of [
      ['armed', { 'data-scroll': '50', 'data-on-event': 'purchase' }, undefined],
      ['inline mount on a capped page', {}, '<div data-hearken="csat"></div>'],
    ] as [string, Record<string, string>, string | undefined][]) {
      delete win.Hearken;
      resetPage();
      localStorage.clear();
      started = [];
      if (body) answeredRecently();
      await load({ 'data-endpoint': '/collect', ...attributes }, { body });
      (win.Hearken!.track as (name: string) => void)('purchase');
      await settle();
      expect(started.map((l) => l.stub.calls.map((call) => call.method)), what).toEqual([['track']]);
    }
  });

  it('on a page armed by its triggers, track() of an event no trigger waits for loads nothing (the full script would only start its rules), nor does consent(true); show() still brings it', async () => {
    const triggers = vi.fn(armTriggers);
    win.__hearkenArm = triggers;
    for (const [what, attributes] of [
      ['exit intent', { 'data-exit-intent': '' }],
      ['a long delay', { 'data-delay': '600000' }],
      ['another event', { 'data-on-event': 'purchase' }],
    ] as [string, Record<string, string>][]) {
      delete win.Hearken;
      resetPage();
      localStorage.clear();
      started = [];
      await load({ 'data-endpoint': '/collect', ...attributes });
      const hearken = win.Hearken as unknown as { track(name: string): void; consent(granted: boolean): void; show(): void };
      hearken.track('added-to-cart');
      // a consent manager's call on a page without data-consent: nothing to grant, it waits in the queue
      hearken.consent(true);
      await settle();
      expect(started, what).toHaveLength(0);
      expect(triggers, what).toHaveBeenCalledTimes(1);
      triggers.mockClear();
      hearken.show();
      await settle();
      // the track() dropped, as the full script would do nothing with it: not replayed
      expect(started.map((l) => l.stub.calls.map((call) => call.method)), what).toEqual([['consent', 'show']]);
    }
  });

  it('armed under data-pages, an app routed to a page left out: track() of the awaited event there loads nothing; back on an included page, it brings the full script', async () => {
    history.pushState({}, '', '/checkout/thanks');
    await load({ 'data-endpoint': '/collect', 'data-pages': '/checkout/*', 'data-on-event': 'purchase' });
    const hearken = win.Hearken as unknown as { track(name: string): void };
    history.pushState({}, '', '/blog');
    hearken.track('purchase');
    await settle();
    expect(started).toHaveLength(0);
    history.pushState({}, '', '/checkout/thanks');
    hearken.track('purchase');
    await settle();
    expect(started.map((l) => l.stub.calls.map((call) => [call.method, call.args[0]]))).toEqual([[['track', 'purchase']]]);
    history.pushState({}, '', '/');
  });

  it('a first page view that cannot ask (a manual trigger, an excluded page, a capped visitor): hearken-checks.js alone finds the attributes right and they are remembered; neither hearken-triggers.js nor the full script comes', async () => {
    const triggers = vi.fn(armTriggers);
    const checks = vi.fn(checkAttributes);
    win.__hearkenArm = triggers;
    win.__hearkenCheck = checks;
    for (const [attributes, before] of [
      [{ 'data-trigger': 'manual' }, () => {}],
      [{ 'data-pages': '/blog/*' }, () => {}],
      [{}, answeredRecently],
    ] as [Record<string, string>, () => void][]) {
      delete win.Hearken;
      localStorage.clear();
      before();
      checks.mockClear();
      const script = await load({ 'data-endpoint': '/collect', ...attributes }, { checked: false });
      expect([started.length, triggers.mock.calls.length, checks.mock.calls.length]).toEqual([0, 0, 1]);
      expect(localStorage.getItem('hearken:checked')).toBe(attributesHash(attributesOf(script)));
    }
  });

  it('a first page view where only a trigger says when: hearken-checks.js finds the attributes right first, then hearken-triggers.js arms them, and the full script comes when one fires', async () => {
    const order: string[] = [];
    win.__hearkenCheck = (w: Window, script: HTMLElement) => (order.push('checks'), checkAttributes(w, script));
    win.__hearkenArm = ((...args: Parameters<typeof armTriggers>) => (order.push('triggers'), armTriggers(...args))) as typeof armTriggers;
    const script = await load({ 'data-endpoint': '/collect', 'data-exit-intent': '' }, { checked: false });
    expect([order, started.length]).toEqual([['checks', 'triggers'], 0]);
    expect(localStorage.getItem('hearken:checked')).toBe(attributesHash(attributesOf(script)));
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: -2, relatedTarget: null }));
    await settle();
    expect(started.map((l) => l.delayLeft)).toEqual([0]);
  });

  it('a first page view where only a trigger says when, with an attribute wrong: the full script comes at once (it reports it), and nothing is armed', async () => {
    const triggers = vi.fn(armTriggers);
    win.__hearkenArm = triggers;
    await load({ 'data-endpoint': '/collect', 'data-exit-intent': '', 'data-position': 'middle' }, { checked: false });
    expect([started.length, triggers.mock.calls.length]).toEqual([1, 0]);
    expect(localStorage.getItem('hearken:checked')).toBeNull();
  });

  it('data-sample, a new visitor (no id yet): hearken-checks.js makes the id with the checks, then one outside the sample stays light and one inside gets the full script; hearken-triggers.js is not asked', async () => {
    const triggers = vi.fn(armTriggers);
    win.__hearkenArm = triggers;
    await load({ 'data-endpoint': '/collect', 'data-sample': '0' }, { checked: false });
    expect([started.length, triggers.mock.calls.length]).toEqual([0, 0]);
    expect(localStorage.getItem('hearken:visitor')).toMatch(/^[0-9a-f-]{36}$/);
    delete win.Hearken;
    localStorage.clear();
    win.__hearkenCheck = checkAttributes;
    await load({ 'data-endpoint': '/collect', 'data-sample': '0.99999' }, { checked: false });
    expect([started.length, triggers.mock.calls.length]).toEqual([1, 0]);
    expect(localStorage.getItem('hearken:visitor')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('a first page view whose checks pass but cannot be remembered (storage refuses the write): the full script comes, once', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => { throw new DOMException('full', 'QuotaExceededError'); });
    await load({ 'data-endpoint': '/collect', 'data-trigger': 'manual' }, { checked: false });
    expect(started).toHaveLength(1);
    expect(localStorage.getItem('hearken:checked')).toBeNull();
  });

  it('a first page view without hearken-checks.js beside it: the full script comes, and is told which file is missing', async () => {
    delete win.__hearkenCheck;
    // the checks' <script> fails to load (jsdom fetches none: its error is dispatched by hand)
    const asked: string[] = [];
    const failing = new MutationObserver((records) => {
      for (const node of records.flatMap((record) => [...record.addedNodes]))
        if (node instanceof HTMLScriptElement && /hearken-checks\.js$/.test(node.src)) asked.push(node.src), node.dispatchEvent(new Event('error'));
    });
    failing.observe(document.head, { childList: true });
    await load({ 'data-endpoint': '/collect', 'data-trigger': 'manual' }, { checked: false });
    failing.disconnect();
    expect(asked).toHaveLength(1);
    expect(started).toHaveLength(1);
    expect(started[0].missing?.message).toMatch(/^could not load .*\/hearken-checks\.js: copy hearken-checks\.js beside hearken\.js$/);
  });

  it('loads the full script for a visitor who may be asked, answers waiting, blocked storage, data-debug, or attributes found wrong', async () => {
    await load({ 'data-endpoint': '/collect' });
    expect(started).toHaveLength(1);

    for (const setup of [
      () => localStorage.setItem('hearken:waiting', '1'),
      () => vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => { throw new DOMException('blocked', 'SecurityError'); }),
    ]) {
      delete win.Hearken;
      started = [];
      localStorage.clear();
      answeredRecently();
      setup();
      await load({ 'data-endpoint': '/collect' });
      expect(started).toHaveLength(1);
      vi.restoreAllMocks();
    }
    delete win.Hearken;
    started = [];
    await load({ 'data-endpoint': '/collect', 'data-debug': '' });
    expect(started).toHaveLength(1);
    delete win.Hearken;
    started = [];
    localStorage.clear();
    answeredRecently();
    await load({ 'data-endpoint': '/collect', 'data-position': 'middle' }, { checked: false });
    expect(started).toHaveLength(1);
  });

  it('fetches the full script with the question (hearken-prompt.js) where a prompt may show, and without it (hearken-core.js) for answers waiting, data-debug or a page-view count', async () => {
    delete win.__hearkenCore;
    const fetched = () => [...document.querySelectorAll<HTMLScriptElement>('script[src*="/dist/hearken-"]')].map((tag) => tag.src.replace(/.*\/dist\//, ''));
    const cases: [string, Record<string, string>, () => void, string][] = [
      ['a visitor who may be asked', { 'data-endpoint': '/collect' }, () => {}, 'hearken-prompt.js'],
      ['an inline mount', { 'data-endpoint': '/collect' }, answeredRecently, 'hearken-prompt.js'],
      ['answers waiting on a capped page', { 'data-endpoint': '/collect' }, () => (answeredRecently(), localStorage.setItem('hearken:waiting', '1')), 'hearken-core.js'],
      ['answers waiting where a prompt may show', { 'data-endpoint': '/collect' }, () => localStorage.setItem('hearken:waiting', '1'), 'hearken-core.js'],
      ['a page-view count to reach', { 'data-endpoint': '/collect', 'data-min-pageviews': '3' }, () => {}, 'hearken-core.js'],
      ['data-debug', { 'data-endpoint': '/collect', 'data-debug': '' }, () => {}, 'hearken-core.js'],
    ];
    for (const [what, attributes, setup, file] of cases) {
      resetPage();
      delete win.Hearken;
      localStorage.clear();
      setup();
      await load(attributes, { body: what == 'an inline mount' ? '<div data-hearken="nps"></div>' : '' });
      expect(fetched(), what).toEqual([file]);
    }
    // a capped page whose page calls show(): the prompt's file
    resetPage();
    delete win.Hearken;
    localStorage.clear();
    answeredRecently();
    await load({ 'data-endpoint': '/collect' });
    expect(fetched()).toEqual([]);
    (win.Hearken as unknown as { show(): void }).show();
    await settle();
    expect(fetched()).toEqual(['hearken-prompt.js']);
  });

  it('a long data-delay: hearken-triggers.js waits, and the full script comes 3 s before the delay ends, told what is left of it; an API call brings it at once', async () => {
    vi.useFakeTimers();
    try {
      await load({ 'data-endpoint': '/collect', 'data-delay': '600000' });
      expect(started).toHaveLength(0);
      vi.advanceTimersByTime(596_999);
      await settle();
      expect(started).toHaveLength(0);
      vi.advanceTimersByTime(1);
      await settle();
      expect(started.map((l) => l.delayLeft)).toEqual([3000]);

      delete win.Hearken;
      started = [];
      await load({ 'data-endpoint': '/collect', 'data-delay': '600000' });
      vi.advanceTimersByTime(100_000);
      (win.Hearken!.show as () => void)();
      await settle();
      expect(started.map((l) => l.delayLeft)).toEqual([500_000]);
      // the triggers were disarmed: the full script's own delay is the one that counts
      vi.advanceTimersByTime(500_000);
      await settle();
      expect(started).toHaveLength(1);

      // a short delay, with another trigger or alone: at once, as before
      for (const attributes of [{ 'data-delay': '2000' }, { 'data-delay': '2000', 'data-scroll': '50' }] as Record<string, string>[]) {
        delete win.Hearken;
        started = [];
        await load({ 'data-endpoint': '/collect', ...attributes });
        expect(started.map((l) => l.delayLeft)).toEqual([undefined]);
      }
    } finally {
      vi.useRealTimers();
    }
  });

  it('exit intent, a scroll or an event: the full script comes when it fires, told to show at once (0 left)', async () => {
    const fire = {
      'data-exit-intent': () => document.dispatchEvent(new MouseEvent('mouseout', { clientY: -2, relatedTarget: null })),
      'data-scroll': () => {
        Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 2000 });
        Object.defineProperty(window, 'scrollY', { configurable: true, value: 1500 });
        window.dispatchEvent(new Event('scroll'));
      },
      'data-on-event': () => window.dispatchEvent(new Event('added-to-cart')),
    };
    const values = { 'data-exit-intent': '', 'data-scroll': '50', 'data-on-event': 'added-to-cart' };
    try {
      for (const name of Object.keys(fire) as (keyof typeof fire)[]) {
        delete win.Hearken;
        started = [];
        Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 4000 });
        await load({ 'data-endpoint': '/collect', [name]: values[name] });
        // a pointer that leaves by the side is no exit intent; nothing else fires
        document.dispatchEvent(new MouseEvent('mouseout', { clientY: 300, relatedTarget: null }));
        await settle();
        expect(started, name).toHaveLength(0);
        expect(document.querySelector('script[src$="hearken-core.js"]'), name).toBeNull();
        fire[name]();
        await settle();
        expect(started.map((l) => l.delayLeft), name).toEqual([0]);
        delete (window as { scrollY?: unknown }).scrollY;
      }
      // the event reaches the full script as the armed trigger that fired (0 left), not as a track() call to replay
      expect(started[0].stub.calls).toEqual([]);
    } finally {
      delete (document.documentElement as { scrollHeight?: unknown }).scrollHeight;
    }
  });

  it('where hearken-triggers.js does not load, the full script comes at once and arms the triggers itself', async () => {
    delete win.__hearkenArm;
    await load({ 'data-endpoint': '/collect', 'data-exit-intent': '' });
    document.querySelector<HTMLScriptElement>('script[src$="hearken-triggers.js"]')!.dispatchEvent(new Event('error'));
    await settle();
    expect(started.map((l) => l.delayLeft)).toEqual([undefined]);
  });

  it('an inline mount on a capped page loads the full script, once the document is parsed', async () => {
    answeredRecently();
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
    await load({ 'data-endpoint': '/collect' }, { body: '<div data-hearken="csat"></div>' });
    expect(started).toHaveLength(0);
    delete (document as { readyState?: unknown }).readyState;
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await settle();
    expect(started).toHaveLength(1);
  });

  it('an excluded page of a single-page app looks again when it routes to an included one', async () => {
    await load({ 'data-endpoint': '/collect', 'data-pages': '/checkout' });
    expect(started).toHaveLength(0);
    history.pushState({}, '', '/blog');
    await settle();
    expect(started).toHaveLength(0);
    history.pushState({}, '', '/checkout');
    await settle();
    expect(started).toHaveLength(1);
    history.pushState({}, '', '/');
  });

  it("an excluded page of a single-page app looks again when its router replaces the URL with an included one (a checkout's thank-you page)", async () => {
    history.pushState({}, '', '/checkout/pay');
    await load({ 'data-endpoint': '/collect', 'data-pages': '/checkout/thanks' });
    history.replaceState({ scrollY: 300 }, '');
    await settle();
    expect(started).toHaveLength(0);
    history.replaceState({}, '', '/checkout/thanks');
    await settle();
    expect(started).toHaveLength(1);
    history.pushState({}, '', '/');
  });

  // (a <hearken-survey> added after destroy() wakes the same way, but not testably here: jsdom's one registry keeps the
  // element of the file's first loader)
  it('after destroy(), nothing more loads: not when a trigger fires, the app routes to an included page, or the page calls show()', async () => {
    for (const destroyed of [false, true]) {
      delete win.Hearken;
      started = [];
      history.pushState({}, '', '/');
      await load({ 'data-endpoint': '/collect', 'data-exit-intent': '', 'data-pages': '/checkout' });
      // an included page: hearken-triggers.js waits for the pointer to leave
      history.pushState({}, '', '/checkout');
      await settle();
      if (destroyed) (win.Hearken!.destroy as () => void)();
      document.dispatchEvent(new MouseEvent('mouseout', { clientY: -2, relatedTarget: null }));
      history.pushState({}, '', '/');
      history.pushState({}, '', '/checkout');
      (win.Hearken!.show as () => void)();
      await settle();
      // without destroy(), the exit intent brought the full script
      expect(started.length, destroyed ? 'destroyed' : 'not destroyed').toBe(destroyed ? 0 : 1);
    }
    history.pushState({}, '', '/');
  });

  it('destroy() while the full script is on its way: it comes, and is handed the destroy() call to replay', async () => {
    await load({ 'data-endpoint': '/collect' });
    (win.Hearken!.destroy as () => void)();
    await settle();
    expect(started.map((l) => l.stub.calls.map((call) => call.method))).toEqual([['destroy']]);
  });

  it('counts the page view for data-min-pageviews on a light page, as the full script would', async () => {
    answeredRecently();
    localStorage.setItem('hearken:pageviews', '2');
    await load({ 'data-endpoint': '/collect', 'data-min-pageviews': '5' });
    expect(started).toHaveLength(0);
    expect(localStorage.getItem('hearken:pageviews')).toBe('3');
  });

  it('a page without consent stays light until consent(true), and stores nothing', async () => {
    await load({ 'data-endpoint': '/collect', 'data-consent': 'pending' }, { checked: false });
    expect(started).toHaveLength(0);
    expect(Object.keys(localStorage)).toEqual([]);
    (win.Hearken as unknown as { consent(granted: boolean): void }).consent(true);
    await settle();
    expect(started).toHaveLength(1);
  });

  it("a consent manager's consent(true) on a page view the rules keep light anyway (a capped visitor, a manual trigger, an excluded page): nothing more loads; a later show() brings the full script with consent(true) first", async () => {
    for (const [why, attributes, before] of [
      ['capped', {}, answeredRecently],
      ['manual', { 'data-trigger': 'manual' }, () => {}],
      ['excluded page', { 'data-pages': '/checkout' }, () => {}],
    ] as [string, Record<string, string>, () => void][]) {
      delete win.Hearken;
      localStorage.clear();
      started = [];
      before();
      await load({ 'data-endpoint': '/collect', 'data-consent': 'pending', 'data-on-event': 'purchase', ...attributes });
      const hearken = win.Hearken as unknown as { consent(granted: boolean): void; track(name: string): void; show(): void };
      hearken.consent(true);
      await settle();
      expect(started, why).toHaveLength(0);
      // still a page view that cannot ask: its event is dropped, as without data-consent
      window.dispatchEvent(new Event('purchase'));
      hearken.track('purchase');
      hearken.consent(true);
      await settle();
      expect(started, why).toHaveLength(0);
      expect(document.querySelectorAll('script[src*="hearken-"]'), why).toHaveLength(0);
      hearken.show();
      await settle();
      expect(started.map((l) => l.stub.calls.map((call) => [call.method, call.args[0]])), why).toEqual([
        [
          ['consent', true],
          ['consent', true],
          ['show', undefined],
        ],
      ]);
    }
  });

  it("a consent manager's consent(true) before the page is parsed (a tag in <head> without defer): the rules are applied once it is, so a capped visitor's page view stays light", async () => {
    for (const [why, before, mount, loads] of [
      ['capped', answeredRecently, false, 0],
      ['a prompt may show', () => {}, false, 1],
      // the mount is parsed after the call: the rules look at the parsed page, not at what was there at the call
      ['capped, with an inline mount further down the page', answeredRecently, true, 1],
    ] as [string, () => void, boolean, number][]) {
      delete win.Hearken;
      localStorage.clear();
      document.body.innerHTML = '';
      started = [];
      before();
      Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'loading' });
      // (each case's DOMContentLoaded listener is removed after it: the document outlives the case's loader)
      const listening = vi.spyOn(document, 'addEventListener');
      await load({ 'data-endpoint': '/collect', 'data-consent': 'pending' });
      const hearken = win.Hearken as unknown as { consent(granted: boolean): void };
      // a consent manager that calls at once, and again as its banner settles
      hearken.consent(true);
      hearken.consent(true);
      await settle();
      expect(started, why).toHaveLength(0);
      if (mount) document.body.insertAdjacentHTML('beforeend', '<div data-hearken="csat"></div>');
      delete (document as { readyState?: unknown }).readyState;
      document.dispatchEvent(new Event('DOMContentLoaded'));
      await settle();
      expect(started.map((l) => l.stub.calls.map((call) => [call.method, call.args[0]])), why).toEqual(
        loads
          ? [
              [
                ['consent', true],
                ['consent', true],
              ],
            ]
          : [],
      );
      for (const [type, listener] of listening.mock.calls) document.removeEventListener(type, listener as EventListener);
      listening.mockRestore();
    }
  });

  it('consent(true) on a first page view the rules keep light: hearken-checks.js checks and remembers the attributes, the full script does not come', async () => {
    const checks = vi.fn(checkAttributes);
    win.__hearkenCheck = checks;
    answeredRecently();
    const script = await load({ 'data-endpoint': '/collect', 'data-consent': 'pending' }, { checked: false });
    expect(checks).not.toHaveBeenCalled();
    (win.Hearken as unknown as { consent(granted: boolean): void }).consent(true);
    await settle();
    expect([started.length, checks.mock.calls.length]).toEqual([0, 1]);
    expect(localStorage.getItem('hearken:checked')).toBe(attributesHash(attributesOf(script)));
  });

  it('consent(true) where a prompt may show once consent is given: the full script comes, with the call to replay', async () => {
    await load({ 'data-endpoint': '/collect', 'data-consent': 'denied' });
    expect(started).toHaveLength(0);
    (win.Hearken as unknown as { consent(granted: boolean): void }).consent(true);
    await settle();
    expect(started.map((l) => l.stub.calls.map((call) => [call.method, call.args[0]]))).toEqual([[['consent', true]]]);
  });

  it('consent(true) under Global Privacy Control with data-respect-gpc: still light (the full script could not ask either)', async () => {
    Object.defineProperty(navigator, 'globalPrivacyControl', { configurable: true, get: () => true });
    try {
      await load({ 'data-endpoint': '/collect', 'data-consent': 'pending', 'data-respect-gpc': '' });
      (win.Hearken as unknown as { consent(granted: boolean): void }).consent(true);
      await settle();
      expect(started).toHaveLength(0);
    } finally {
      delete (navigator as { globalPrivacyControl?: boolean }).globalPrivacyControl;
    }
  });

  it('consent(true), then consent(false) on the same light page: the full script comes to erase what hearken stored, and replays both in order', async () => {
    answeredRecently();
    await load({ 'data-endpoint': '/collect', 'data-consent': 'pending' });
    const hearken = win.Hearken as unknown as { consent(granted: boolean): void };
    hearken.consent(true);
    await settle();
    expect(started).toHaveLength(0);
    hearken.consent(false);
    await settle();
    expect(started.map((l) => l.stub.calls.map((call) => call.args[0]))).toEqual([[true, false]]);
  });

  it('consent(false) loads the full script only where hearken stored something to erase', async () => {
    await load({ 'data-endpoint': '/collect', 'data-consent': 'pending' }, { checked: false });
    const hearken = win.Hearken as unknown as { consent(granted: boolean): void };
    hearken.consent(false);
    await settle();
    expect(started).toHaveLength(0);
    localStorage.setItem('hearken:visitor', 'v1');
    hearken.consent(false);
    await settle();
    expect(started).toHaveLength(1);
    expect(started[0].stub.calls.map((call) => call.args[0])).toEqual([false, false]);
  });

  it('says once what to do when hearken-prompt.js does not arrive, and tries again at the next call', async () => {
    delete win.__hearkenCore;
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    answeredRecently();
    await load({ 'data-endpoint': '/collect' });
    const hearken = win.Hearken as unknown as { show(): void };
    hearken.show();
    await settle();
    const tags = () => [...document.querySelectorAll<HTMLScriptElement>('script[src$="hearken-prompt.js"]')];
    expect(tags()).toHaveLength(1);
    tags()[0].dispatchEvent(new Event('error'));
    await settle();
    hearken.show();
    await settle();
    tags()[1].dispatchEvent(new Event('error'));
    await settle();
    expect(errors.mock.calls.map((call) => call[0])).toEqual([expect.stringMatching(/^\[hearken\] could not load http:\/\/.*\/dist\/hearken-prompt\.js: copy hearken-prompt\.js beside hearken\.js$/)]);
  });

  it('a second copy of the script warns and does nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // hearken's API, as another copy left it (an element whose id is Hearken has no show(): not a copy)
    win.Hearken = { version: 'first', show() {} };
    await load({ 'data-endpoint': '/collect' });
    expect(win.Hearken.version).toBe('first');
    expect(warn).toHaveBeenCalledWith('[hearken] loaded twice: this copy does nothing');
  });
});
