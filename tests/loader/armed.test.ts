// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { armTriggers } from '../../src/loader/armed';

let wakes: number;
const wake = () => void wakes++;
const attributes = (given: Record<string, string>) => (name: string) => (name in given ? given[name] : null);

/** A 10 s delay armed now (or just armed again): the full script is woken 3 s before its end, and told what is left. */
function wakesSevenSecondsIn(left: () => number | undefined) {
  vi.advanceTimersByTime(6_999);
  expect(wakes).toBe(0);
  vi.advanceTimersByTime(1);
  expect(wakes).toBe(1);
  vi.advanceTimersByTime(500);
  expect(left()).toBe(2_500);
}

beforeEach(() => {
  wakes = 0;
  vi.useFakeTimers();
});
afterEach(() => vi.useRealTimers());

describe('armTriggers (dist/hearken-triggers.js)', () => {
  it('a delay wakes the full script 3 s before it ends, and says what is left', () => {
    wakesSevenSecondsIn(armTriggers(window, attributes({ delay: '10000' }), wake));
  });

  it('exit intent wakes it with nothing left to wait, once; data-exit-intent="false" arms none', () => {
    const leave = () => document.dispatchEvent(new MouseEvent('mouseout', { clientY: 0, relatedTarget: null }));
    const left = armTriggers(window, attributes({ 'exit-intent': '', delay: '600000' }), wake);
    leave();
    leave();
    expect(wakes).toBe(1);
    expect(left()).toBe(0);
    const none = armTriggers(window, attributes({ 'exit-intent': ' false ', 'on-event': 'added' }), wake);
    leave();
    expect(wakes).toBe(1);
    window.dispatchEvent(new Event('added'));
    expect(wakes).toBe(2);
    expect(none()).toBe(0);
  });

  it("waitsFor(name): data-on-event's event while the triggers are armed, not another name, nor on a route data-pages leaves out", () => {
    history.replaceState(null, '', '/checkout');
    try {
      const left = armTriggers(window, attributes({ 'on-event': 'purchase', pages: '/checkout' }), wake);
      expect([left.waitsFor('purchase'), left.waitsFor('added-to-cart'), left.waitsFor(true)]).toEqual([true, false, false]);
      history.pushState(null, '', '/blog');
      expect(left.waitsFor('purchase')).toBe(false);
      history.pushState(null, '', '/checkout');
      expect(left.waitsFor('purchase')).toBe(true);
      left();
    } finally {
      history.replaceState(null, '', '/');
    }
  });

  it('fired, it wakes the full script at once, whose file (hearken-prompt.js) hearken.js fetches; a delay wakes it 3 s before its end', async () => {
    const left = armTriggers(window, attributes({ scroll: '0' }), wake);
    await vi.advanceTimersByTimeAsync(0);
    expect(wakes).toBe(1);
    expect(left()).toBe(0);
    armTriggers(window, attributes({ 'on-event': 'added' }), wake);
    window.dispatchEvent(new Event('added'));
    expect(wakes).toBe(2);
    // a delay wakes it 3 s before its end: the full script has those 3 s
    armTriggers(window, attributes({ delay: '4000' }), wake);
    vi.advanceTimersByTime(999);
    expect(wakes).toBe(2);
    vi.advanceTimersByTime(1);
    expect(wakes).toBe(3);
  });

  it('asked before anything fired, it disarms them: nothing wakes later', () => {
    const left = armTriggers(window, attributes({ 'on-event': 'added', delay: '5000' }), wake);
    vi.advanceTimersByTime(1_000);
    expect(left()).toBe(4_000);
    window.dispatchEvent(new Event('added'));
    vi.advanceTimersByTime(10_000);
    expect(wakes).toBe(0);
  });

  it("under data-pages, a single-page app's route to a page left out disarms them; back on an included one, the delay counts from the return", () => {
    const scrolled = () => {
      Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 2000 });
      Object.defineProperty(window, 'scrollY', { configurable: true, value: 1500 });
      window.dispatchEvent(new Event('scroll'));
    };
    history.pushState({}, '', '/shop/a');
    // a long page, at its top
    Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 4000 });
    try {
      const left = armTriggers(window, attributes({ pages: '/shop/*', delay: '10000', scroll: '50' }), wake);
      vi.advanceTimersByTime(0);
      expect(wakes).toBe(0);
      vi.advanceTimersByTime(2_000);
      history.pushState({}, '', '/about');
      // neither the delay nor a scroll wakes the full script on a page left out
      vi.advanceTimersByTime(20_000);
      scrolled();
      vi.advanceTimersByTime(0);
      expect(wakes).toBe(0);
      delete (window as { scrollY?: unknown }).scrollY;
      Object.defineProperty(document.documentElement, 'scrollHeight', { configurable: true, value: 4000 });
      history.pushState({}, '', '/shop/b');
      wakesSevenSecondsIn(left);
      // disarmed once the full script asked: a later route arms nothing
      history.pushState({}, '', '/shop/c');
      vi.advanceTimersByTime(20_000);
      expect(wakes).toBe(1);
    } finally {
      delete (window as { scrollY?: unknown }).scrollY;
      delete (document.documentElement as { scrollHeight?: unknown }).scrollHeight;
      history.pushState({}, '', '/');
    }
  });

  // README: "an SPA route change starts it again"; without data-pages the light part let it count from the load
  // (found by the framework developer audit: shown 5 s after the load, not 5 s after the route)
  it('without data-pages too, a route restarts the delay: it counts from the route', () => {
    history.pushState({}, '', '/a');
    try {
      const left = armTriggers(window, attributes({ delay: '10000' }), wake);
      vi.advanceTimersByTime(2_000);
      history.pushState({}, '', '/b');
      wakesSevenSecondsIn(left);
    } finally {
      history.pushState({}, '', '/');
    }
  });

  it("under data-pages, a router's replaceState counts as a route: to a page left out it disarms them; one that keeps the URL (scroll restoration) does not restart the delay", () => {
    history.pushState({}, '', '/shop/a');
    try {
      const left = armTriggers(window, attributes({ pages: '/shop/*', delay: '10000' }), wake);
      vi.advanceTimersByTime(3_000);
      history.replaceState({ scrollY: 200 }, '');
      history.replaceState({ scrollY: 400 }, '', '/shop/a');
      // counted from the load still: woken at 7 s, not 3 s after the last replaceState
      vi.advanceTimersByTime(4_000);
      expect(wakes).toBe(1);
      expect(left()).toBe(3_000);
      const again = armTriggers(window, attributes({ pages: '/shop/*', delay: '10000' }), wake);
      history.replaceState({}, '', '/login');
      vi.advanceTimersByTime(20_000);
      expect(wakes).toBe(1);
      history.replaceState({}, '', '/shop/b');
      wakes = 0;
      wakesSevenSecondsIn(again);
    } finally {
      history.pushState({}, '', '/');
    }
  });

  it('armed again (hearken.js looking again after a route), the triggers armed before are stopped: one set at a time', () => {
    armTriggers(window, attributes({ delay: '10000' }), wake);
    vi.advanceTimersByTime(5_000);
    const left = armTriggers(window, attributes({ delay: '10000' }), wake);
    // the first would have woken it at 7 s
    vi.advanceTimersByTime(5_000);
    expect(wakes).toBe(0);
    vi.advanceTimersByTime(2_000);
    expect(wakes).toBe(1);
    expect(left()).toBe(3_000);
  });

  it("two widgets' triggers (two createHearken, each its own light start and wake) both stay armed; each one's arming again stops only its own", () => {
    let a = 0;
    let b = 0;
    const wakeA = () => void a++;
    const wakeB = () => void b++;
    const leftA = armTriggers(window, attributes({ delay: '10000' }), wakeA);
    armTriggers(window, attributes({ 'on-event': 'paid' }), wakeB);
    window.dispatchEvent(new Event('paid'));
    expect([a, b]).toEqual([0, 1]);
    vi.advanceTimersByTime(7_000);
    expect([a, b]).toEqual([1, 1]);
    expect(leftA()).toBe(3_000);
    // B armed again: its first arming stops, A's own goes on
    const leftA2 = armTriggers(window, attributes({ delay: '10000' }), wakeA);
    armTriggers(window, attributes({ 'on-event': 'paid', delay: '600000' }), wakeB);
    armTriggers(window, attributes({ 'on-event': 'paid', delay: '600000' }), wakeB);
    window.dispatchEvent(new Event('paid'));
    expect([a, b]).toEqual([1, 2]); // once: B's first arming again was stopped by its second
    vi.advanceTimersByTime(7_000);
    expect([a, b]).toEqual([2, 2]);
    leftA2();
  });

  it('armed again and again under data-pages, one route hook serves them all: pushState is wrapped once', () => {
    history.pushState({}, '', '/shop/a');
    try {
      for (let i = 0; i < 3; i++) armTriggers(window, attributes({ pages: '/shop/*', delay: '10000' }), wake)();
      const wrapped = history.pushState;
      // the file's first data-pages arming wrapped it: a later one does not wrap it again
      const left = armTriggers(window, attributes({ pages: '/shop/*', delay: '10000' }), wake);
      expect(history.pushState).toBe(wrapped);
      history.pushState({}, '', '/about');
      vi.advanceTimersByTime(20_000);
      expect(wakes).toBe(0);
      history.pushState({}, '', '/shop/b');
      vi.advanceTimersByTime(7_000);
      expect(wakes).toBe(1);
      expect(left()).toBe(3_000);
    } finally {
      history.pushState({}, '', '/');
    }
  });

  it('before the window has loaded, the delay is not yet counting: the full script counts it from the load', () => {
    Object.defineProperty(document, 'readyState', { configurable: true, get: () => 'interactive' });
    try {
      const left = armTriggers(window, attributes({ delay: '5000' }), wake);
      expect(left()).toBeUndefined();
    } finally {
      delete (document as { readyState?: unknown }).readyState;
    }
  });
});
