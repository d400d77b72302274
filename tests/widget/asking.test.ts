// @vitest-environment jsdom
/**
 * Asking by the rules (src/widget/asking.ts): when the rules start, what starts them early, and the `onEvent`
 * event that comes before they do. Each test gets fresh modules: a new page view.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HearkenOptions } from '../../src/config/options';
import type { PageContext } from '../../src/widget/page';
import { createAsking } from '../../src/widget/asking';
import { resetPage } from '../dom';

let page: PageContext;

beforeEach(async () => {
  vi.useFakeTimers();
  vi.resetModules();
  resetPage();
  const { pageContext } = await import('../../src/widget/page');
  page = pageContext(window, { consent: 'granted' });
});
afterEach(() => {
  vi.useRealTimers();
});

function asking(options: HearkenOptions = { survey: 'nps' }, parts: { canDeliver?: boolean; alive?: boolean; uiHere?: boolean } = {}) {
  const show = vi.fn();
  const preload = vi.fn();
  const it = createAsking({
    window,
    options,
    page,
    show,
    preload,
    canDeliver: parts.canDeliver ?? true,
    uiHere: parts.uiHere,
    guard: (_what, fn) => (parts.alive === false ? undefined : fn()),
  });
  return { asking: it, show, preload };
}

describe('createAsking', () => {
  it('starts the rules in the task after the one that asked, once however often asked', () => {
    const a = asking();
    a.asking.ask();
    a.asking.ask();
    expect(a.show).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(a.show).toHaveBeenCalledTimes(1);
  });

  it('startNow() starts them at once (a show() or track() before then), and the next task adds nothing', () => {
    const a = asking();
    a.asking.ask();
    a.asking.startNow();
    expect(a.show).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60_000);
    expect(a.show).toHaveBeenCalledTimes(1);
  });

  it('waits for its delay trigger, fetching the UI 3 s before it ends (at once for a shorter delay)', () => {
    const a = asking({ survey: 'nps', delay: 5000 });
    a.asking.ask();
    vi.advanceTimersByTime(0);
    expect([a.show.mock.calls.length, a.preload.mock.calls.length]).toEqual([0, 0]);
    vi.advanceTimersByTime(2000);
    expect([a.show.mock.calls.length, a.preload.mock.calls.length]).toEqual([0, 1]);
    vi.advanceTimersByTime(3000);
    expect(a.show).toHaveBeenCalledTimes(1);
  });

  it('fetches the UI at once for a delay of 3 s or less, in the rules\' task (they may say no)', () => {
    const a = asking({ survey: 'nps', delay: 2000 });
    a.asking.ask();
    expect(a.preload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(a.preload).toHaveBeenCalledTimes(1);
  });

  it.each([{}, { delay: 2000 }])(
    'with the UI here (hearken-prompt.js) and %o, fetches the texts as the rules are asked to start, before their task',
    (more) => {
      const a = asking({ survey: 'nps', ...more }, { uiHere: true });
      a.asking.ask();
      expect(a.preload).toHaveBeenCalledTimes(1);
      expect(a.show).not.toHaveBeenCalled();
      a.asking.ask();
      expect(a.preload).toHaveBeenCalledTimes(1);
      // the rules' task may ask again (the texts' load is shared); the prompt shows when they pass
      vi.advanceTimersByTime(2000);
      expect(a.show).toHaveBeenCalledTimes(1);
    },
  );

  it.each([{ trigger: 'manual' as const }, { scroll: 50 }, { exitIntent: true }, { onEvent: 'paid' }, { delay: 600_000 }])(
    'with the UI here and %o, fetches nothing before the rules\' task',
    (more) => {
      Object.defineProperty(document.documentElement, 'scrollHeight', { value: 5000, configurable: true });
      const a = asking({ survey: 'nps', ...more }, { uiHere: true });
      a.asking.ask();
      expect(a.preload).not.toHaveBeenCalled();
      a.asking.stop();
      delete (document.documentElement as { scrollHeight?: number }).scrollHeight;
    },
  );

  it('with the UI here, fetches nothing before the rules\' task while consent is pending', async () => {
    vi.resetModules();
    resetPage();
    const { pageContext } = await import('../../src/widget/page');
    page = pageContext(window, { consent: 'pending' });
    const a = asking({ survey: 'nps' }, { uiHere: true });
    a.asking.ask();
    expect(a.preload).not.toHaveBeenCalled();
    a.asking.stop();
  });

  it('with the UI here, fetches nothing for a widget that cannot deliver an answer', () => {
    const a = asking({ survey: 'nps' }, { canDeliver: false, uiHere: true });
    a.asking.ask();
    vi.advanceTimersByTime(0);
    expect(a.preload).not.toHaveBeenCalled();
  });

  it('a visitor who leaves before a long delay ends never downloads the UI', () => {
    const a = asking({ survey: 'nps', delay: 600_000 });
    a.asking.ask();
    vi.advanceTimersByTime(60_000);
    a.asking.stop();
    vi.advanceTimersByTime(600_000);
    expect(a.preload).not.toHaveBeenCalled();
  });

  it.each([{ scroll: 50 }, { exitIntent: true }, { onEvent: 'paid' }])('with %o, which may never come, fetches no UI until it does', (trigger) => {
    // a long page, not scrolled (a page shorter than the window counts as scrolled through)
    Object.defineProperty(document.documentElement, 'scrollHeight', { value: 5000, configurable: true });
    const a = asking({ survey: 'nps', ...trigger });
    a.asking.ask();
    vi.advanceTimersByTime(600_000);
    expect([a.show.mock.calls.length, a.preload.mock.calls.length]).toEqual([0, 0]);
    a.asking.track('paid');
    expect(a.show.mock.calls.length).toBe('onEvent' in trigger ? 1 : 0);
    a.asking.stop();
    delete (document.documentElement as { scrollHeight?: number }).scrollHeight;
  });

  it.each([{ exitIntent: true }, { onEvent: 'paid' }])('with a long delay and %o, fetches the UI 3 s before the delay ends, not before', (trigger) => {
    const a = asking({ survey: 'nps', delay: 600_000, ...trigger });
    a.asking.ask();
    vi.advanceTimersByTime(596_999);
    expect(a.preload).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(a.preload).toHaveBeenCalledTimes(1);
    a.asking.stop();
  });

  it('with a manual trigger, shows nothing by itself and fetches nothing', () => {
    const a = asking({ survey: 'nps', trigger: 'manual' });
    a.asking.ask();
    vi.advanceTimersByTime(60_000);
    expect([a.show.mock.calls.length, a.preload.mock.calls.length]).toEqual([0, 0]);
  });

  it('does not fetch the UI for a widget that cannot deliver an answer', () => {
    const a = asking({ survey: 'nps', delay: 1000 }, { canDeliver: false });
    a.asking.ask();
    vi.advanceTimersByTime(0);
    expect(a.preload).not.toHaveBeenCalled();
  });

  it('remembers its onEvent event dispatched before the rules start, and fires once when they do', () => {
    const a = asking({ survey: 'nps', onEvent: 'checkout:done' });
    window.dispatchEvent(new Event('checkout:done'));
    expect(a.show).toHaveBeenCalledTimes(0);
    a.asking.ask();
    vi.advanceTimersByTime(60_000);
    window.dispatchEvent(new Event('other'));
    expect(a.show).toHaveBeenCalledTimes(1);
  });

  it('track(name) fires the onEvent trigger of that name, starting the rules first; another name does not', () => {
    const a = asking({ survey: 'nps', onEvent: 'paid' });
    a.asking.ask();
    a.asking.track('browsed');
    expect(a.show).not.toHaveBeenCalled();
    a.asking.track('paid');
    expect(a.show).toHaveBeenCalledTimes(1);
  });

  it('looks again when consent is granted', () => {
    const pending = asking({ survey: 'nps' });
    page.consent.consent(false);
    pending.asking.ask();
    vi.advanceTimersByTime(60_000);
    expect(pending.show).not.toHaveBeenCalled();
    page.consent.consent(true);
    pending.asking.refresh();
    vi.advanceTimersByTime(60_000);
    expect(pending.show).toHaveBeenCalledTimes(1);
  });

  it('stop() forgets what was asked: no start, no onEvent, no trigger', () => {
    const a = asking({ survey: 'nps', onEvent: 'paid' });
    a.asking.ask();
    a.asking.stop();
    vi.advanceTimersByTime(60_000);
    window.dispatchEvent(new Event('paid'));
    a.asking.startNow();
    expect(a.show).not.toHaveBeenCalled();
  });

  it('starts nothing for a widget destroyed meanwhile', () => {
    const a = asking({ survey: 'nps' }, { alive: false });
    a.asking.ask();
    vi.advanceTimersByTime(60_000);
    expect(a.show).not.toHaveBeenCalled();
  });

  it('keeps one targeting per survey and touchpoint', () => {
    const { asking: a } = asking();
    const checkout = a.targetingFor({ survey: 'csat', touchpoint: 'checkout' });
    expect(a.targetingFor({ survey: 'csat', touchpoint: 'checkout', delay: 1 })).toBe(checkout);
    expect(a.targetingFor({ survey: 'csat', touchpoint: 'search' })).not.toBe(checkout);
    expect(a.targetingFor({ survey: 'ces', touchpoint: 'checkout' })).not.toBe(checkout);
  });
});
