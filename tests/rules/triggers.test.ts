// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createTriggers } from '../../src/rules/triggers';
import { realClock } from '../../src/storage/index';
import type { DeviceKind, RuleOptions } from '../../src/rules/types';

function setPage(scrollY: number, scrollHeight = 3000, innerHeight = 1000) {
  Object.defineProperty(window, 'scrollY', { value: scrollY, configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: innerHeight, configurable: true });
  Object.defineProperty(document.documentElement, 'scrollHeight', { value: scrollHeight, configurable: true });
}
function scrollTo(y: number) {
  Object.defineProperty(window, 'scrollY', { value: y, configurable: true });
  window.dispatchEvent(new Event('scroll'));
}
function setVisibility(state: 'hidden' | 'visible') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

let stops: (() => void)[] = [];
function arm(opts: RuleOptions, device: DeviceKind = 'desktop') {
  const fired: string[] = [];
  const triggers = createTriggers(opts, { window, clock: realClock, device: () => device });
  triggers.start((t) => fired.push(t));
  stops.push(triggers.stop);
  return { fired, triggers };
}

beforeEach(() => {
  vi.useFakeTimers();
  setPage(0);
});
afterEach(() => {
  stops.forEach((s) => s());
  stops = [];
  vi.useRealTimers();
  delete (document as unknown as Record<string, unknown>).readyState;
  delete (document as unknown as Record<string, unknown>).visibilityState;
});

describe('delay', () => {
  it.each([0, 3000, 60_000])('on a loaded page, fires %s ms after start, not before', (delay) => {
    const { fired } = arm({ delay });
    vi.advanceTimersByTime(Math.max(0, delay - 1));
    if (delay > 0) expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual([`delay ${delay} ms`]);
  });

  it('keeps a huge delay within what browsers can time (beyond 2^31−1 ms they fire at once)', () => {
    const asked: number[] = [];
    const clock = { ...realClock, setTimeout: (_fn: () => void, ms: number) => (asked.push(ms), 0) };
    const triggers = createTriggers({ delay: 3e9 }, { window, clock, device: () => 'desktop' });
    triggers.start(() => {});
    stops.push(triggers.stop);
    expect(asked).toEqual([2147483647]);
  });

  it('is cancelled by stop()', () => {
    const { fired, triggers } = arm({ delay: 1000 });
    triggers.stop();
    vi.advanceTimersByTime(5000);
    expect(fired).toEqual([]);
  });

  it('on a page still loading, counts from the load event ("ms after load")', () => {
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    const { fired } = arm({ delay: 3000 });
    // the page takes 4 s to load: the delay has not even started
    vi.advanceTimersByTime(4000);
    expect(fired).toEqual([]);
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(2999);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(fired).toEqual(['delay 3000 ms']);
  });

  it('stop() before the load event cancels it: the load then starts nothing', () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    const { fired, triggers } = arm({ delay: 0 });
    triggers.stop();
    window.dispatchEvent(new Event('load'));
    vi.advanceTimersByTime(1000);
    expect(fired).toEqual([]);
  });
});

describe('scroll', () => {
  it.each([
    // percent, scrolled to (of a 2000 px scrollable range), fires
    [50, 999, false],
    [50, 1000, true],
    [10, 150, false],
    [10, 200, true],
    [100, 1999, false],
    [100, 2000, true],
    [0, 0, true],
  ])('%s%% at scrollY %s → %s', (scroll, y, fires) => {
    const { fired } = arm({ scroll: scroll || 0 });
    if (scroll) scrollTo(y);
    expect(fired).toEqual(fires ? [`scroll ${scroll}%`] : []);
  });

  it('fires at once on a page too short to scroll, or already scrolled (restored position)', () => {
    setPage(0, 800, 1000);
    expect(arm({ scroll: 80 }).fired).toEqual(['scroll 80%']);
    setPage(1800);
    expect(arm({ scroll: 80 }).fired).toEqual(['scroll 80%']);
  });

  it('does not measure a page still loading until it has loaded', () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    setPage(0, 500, 1000); // not laid out yet
    const { fired } = arm({ scroll: 50 });
    expect(fired).toEqual([]);
    setPage(0, 3000, 1000);
    window.dispatchEvent(new Event('load'));
    expect(fired).toEqual([]);
    scrollTo(1000);
    expect(fired).toEqual(['scroll 50%']);
  });
});

describe('exitIntent', () => {
  const leave = (clientY: number, relatedTarget: EventTarget | null = null) =>
    document.dispatchEvent(new MouseEvent('mouseout', { clientY, relatedTarget, bubbles: true }));

  it.each([
    ['the pointer leaves through the top', () => leave(0), true],
    ['the pointer leaves above the top', () => leave(-5), true],
    ['the pointer leaves through the bottom', () => leave(700), false],
    ['the pointer moves onto another element at the top', () => leave(0, document.body), false],
  ])('desktop: %s → %s', (_, act, fires) => {
    const { fired } = arm({ exitIntent: true }, 'desktop');
    act();
    expect(fired).toEqual(fires ? ['exit intent (pointer left)'] : []);
  });

  it.each([
    ['a fast scroll up (150 px in 100 ms)', [[2000, 0], [1925, 50], [1850, 50]], true],
    ['a slow scroll up (150 px over 1.5 s)', [[2000, 0], [1950, 500], [1900, 500], [1850, 500]], false],
    ['scrolling down', [[0, 0], [500, 50], [1000, 50]], false],
    ['a small flick up (60 px)', [[2000, 0], [1940, 50]], false],
  ] as [string, [number, number][], boolean][])('touch: %s → %s', (_, steps, fires) => {
    setPage(steps[0][0]);
    const { fired } = arm({ exitIntent: true }, 'mobile');
    for (const [y, wait] of steps) {
      vi.advanceTimersByTime(wait);
      scrollTo(y);
    }
    expect(fired).toEqual(fires ? ['exit intent (scroll up)'] : []);
  });

  it('touch: fires when the tab comes back after being hidden', () => {
    const { fired } = arm({ exitIntent: true }, 'mobile');
    setVisibility('visible');
    expect(fired).toEqual([]);
    setVisibility('hidden');
    expect(fired).toEqual([]);
    setVisibility('visible');
    expect(fired).toEqual(['exit intent (tab back)']);
  });

  it('desktop: ignores touch signals, touch: ignores the pointer', () => {
    const desktop = arm({ exitIntent: true }, 'desktop');
    setVisibility('hidden');
    setVisibility('visible');
    setPage(2000);
    scrollTo(1500);
    expect(desktop.fired).toEqual([]);
    const touch = arm({ exitIntent: true }, 'mobile');
    leave(0);
    expect(touch.fired).toEqual([]);
  });
});

describe('onEvent', () => {
  it('fires on a CustomEvent of that name on window, not on others', () => {
    const { fired } = arm({ onEvent: 'checkout:done' });
    window.dispatchEvent(new CustomEvent('checkout:started'));
    expect(fired).toEqual([]);
    window.dispatchEvent(new CustomEvent('checkout:done', { detail: { total: 5 } }));
    expect(fired).toEqual(['event "checkout:done"']);
  });

  it('fires on track(name) while armed, only', () => {
    const { fired, triggers } = arm({ onEvent: 'purchase' });
    triggers.track('signup');
    expect(fired).toEqual([]);
    triggers.track('purchase');
    expect(fired).toEqual(['event "purchase"']);
    triggers.track('purchase');
    expect(fired).toHaveLength(1);
  });
});

describe('load', () => {
  it('with no trigger, fires once the page has loaded', () => {
    Object.defineProperty(document, 'readyState', { value: 'interactive', configurable: true });
    const { fired } = arm({ pages: '/x', sample: 0.5 });
    expect(fired).toEqual([]);
    window.dispatchEvent(new Event('load'));
    expect(fired).toEqual(['load']);
  });

  it('with no trigger on a loaded page, fires at once', () => {
    expect(arm({}).fired).toEqual(['load']);
  });
});

describe('several triggers', () => {
  it('the first to fire wins, and the others are disarmed', () => {
    const { fired } = arm({ delay: 5000, scroll: 50, onEvent: 'go' });
    scrollTo(1200);
    vi.advanceTimersByTime(6000);
    window.dispatchEvent(new Event('go'));
    expect(fired).toEqual(['scroll 50%']);
  });

  it('start() again re-arms from scratch (a delay starts over)', () => {
    const { fired, triggers } = arm({ delay: 1000 });
    vi.advanceTimersByTime(800);
    triggers.start((t) => fired.push('again ' + t));
    vi.advanceTimersByTime(800);
    expect(fired).toEqual([]);
    vi.advanceTimersByTime(200);
    expect(fired).toEqual(['again delay 1000 ms']);
  });
});
