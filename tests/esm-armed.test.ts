// @vitest-environment jsdom
/**
 * The npm entry on page views where only a trigger says when a prompt comes (src/esm.ts): once the widget found the
 * options right, `createHearken` imports the triggers' chunk alone (src/loader/armed.ts), as the script tag loads
 * hearken-triggers.js, and the widget's chunk when one fires. Each test is a first page view, which imports the
 * widget to check the options, then the page view measured. (A jsdom window allows one prompt: one test shows it.)
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { HearkenOptions } from '../src/config/index';
import { createHearken } from '../src/esm';
import { PRELOAD_LEAD_MS } from '../src/rules/index';
import { captureErrors, hosts, settle, widgetPage } from './dom';

// every widget createHearken makes (its chunk imported and used), with the options it was made with
const made = vi.hoisted(() => ({ widgets: [] as unknown[] }));
vi.mock('../src/widget/api', async (original) => {
  const real = await original<typeof import('../src/widget/api')>();
  return { ...real, createWidget: (...args: Parameters<typeof real.createWidget>) => (made.widgets.push(args[0]), real.createWidget(...args)) };
});

let errors: ReturnType<typeof captureErrors>;
const widgets = widgetPage((captured) => (errors = captured));

describe('createHearken where only a trigger says when a prompt comes', () => {
  const base = { survey: 'nps' as const, endpoint: '/collect', brand: 'Northwind' };
  // the chunks, imported once for the file, so that a page view's imports settle in microtasks
  beforeAll(() => Promise.all([import('../src/loader/adopt'), import('../src/loader/armed')]));

  /** The visitor's first page view with these options (the widget comes and finds them right), then a new page view's start. */
  async function secondPageView(options: HearkenOptions) {
    widgets.push(createHearken(options));
    await vi.waitFor(() => expect(localStorage.getItem('hearken:checked')).toBeTruthy());
    widgets.splice(0).forEach((w) => w.destroy());
    made.widgets = [];
    const hearken = createHearken(options);
    widgets.push(hearken);
    return hearken;
  }

  it('imports the widget only when the event fires, and the prompt shows at once', async () => {
    await secondPageView({ ...base, onEvent: 'order:placed' });
    await settle();
    expect(made.widgets).toEqual([]);
    window.dispatchEvent(new Event('order:placed'));
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(made.widgets).toHaveLength(1);
    expect(errors).not.toHaveBeenCalled();
  });

  it('under pages, the event (or its track()) on a route the pages leave out imports nothing; on an included route, it brings the widget', async () => {
    history.replaceState(null, '', '/checkout');
    try {
      const hearken = await secondPageView({ ...base, pages: ['/checkout'], onEvent: 'order:placed' });
      await settle();
      history.pushState(null, '', '/blog');
      window.dispatchEvent(new Event('order:placed'));
      hearken.track('order:placed');
      await settle();
      expect(made.widgets).toEqual([]);
      history.pushState(null, '', '/checkout');
      window.dispatchEvent(new Event('order:placed'));
      await vi.waitFor(() => expect(made.widgets).toHaveLength(1));
      expect(errors).not.toHaveBeenCalled();
    } finally {
      history.replaceState(null, '', '/');
    }
  });

  it('does not lose the event dispatched before the triggers were armed: the widget comes for it', async () => {
    await secondPageView({ ...base, onEvent: 'order:placed' });
    // at once, before anything createHearken imports has arrived
    window.dispatchEvent(new Event('order:placed'));
    await vi.waitFor(() => expect(made.widgets).toHaveLength(1));
    expect(errors).not.toHaveBeenCalled();
  });

  it('imports the widget a little before a long delay ends, which then waits only what is left of it', async () => {
    const delay = 600000;
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    await secondPageView({ ...base, delay });
    await settle();
    vi.advanceTimersByTime(delay - PRELOAD_LEAD_MS - 1000);
    await settle();
    expect(made.widgets).toEqual([]);
    vi.advanceTimersByTime(1000);
    await vi.waitFor(() => expect(made.widgets).toHaveLength(1));
    const left = (made.widgets[0] as HearkenOptions).delay!;
    expect(left).toBeGreaterThan(0);
    expect(left).toBeLessThanOrEqual(PRELOAD_LEAD_MS);
  });

  it('imports the widget at once when the app calls it while the triggers wait; not for track() of an event no trigger waits for', async () => {
    const hearken = await secondPageView({ ...base, onEvent: 'order:placed' });
    await settle();
    expect(made.widgets).toEqual([]);
    // the widget would only start its rules for it: dropped, nothing imported
    hearken.track('added-to-cart');
    await settle();
    expect(made.widgets).toEqual([]);
    hearken.track('order:placed');
    await vi.waitFor(() => expect(made.widgets).toHaveLength(1));
  });
});
