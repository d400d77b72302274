// @vitest-environment jsdom
/**
 * The npm entry's light part on page views that cannot ask (src/esm.ts with src/loader/options.ts): `createHearken`
 * imports the widget's chunk only when its options were found right before and the rules the script tag's light
 * start applies let a prompt show, answers wait, or the page calls it. Each test is a few page views of one visitor:
 * storage stays, the widgets of the page before are destroyed. (A jsdom window allows one prompt: the widget's cap of
 * one per page view holds across its tests, so one test here shows a prompt.)
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createHearken } from '../src/esm';
import { captureErrors, hosts, settle, widgetPage } from './dom';

// every widget createHearken makes (its chunk imported and used), and every check of options by the checks' chunk
const made = vi.hoisted(() => ({ widgets: 0, checks: 0 }));
vi.mock('../src/widget/api', async (original) => {
  const real = await original<typeof import('../src/widget/api')>();
  return { ...real, createWidget: (...args: Parameters<typeof real.createWidget>) => (made.widgets++, real.createWidget(...args)) };
});
vi.mock('../src/loader/check-options', async (original) => {
  const real = await original<typeof import('../src/loader/check-options')>();
  return { ...real, checkGiven: (...args: Parameters<typeof real.checkGiven>) => (made.checks++, real.checkGiven(...args)) };
});

let errors: ReturnType<typeof captureErrors>;
const widgets = widgetPage((captured) => (errors = captured));

describe('createHearken on a page view that cannot ask', () => {
  const DAY = 864e5;
  const options = { survey: 'nps' as const, endpoint: '/collect', brand: 'Northwind' };
  /** A page view: the app calls createHearken, and whatever it imports at once has arrived. */
  async function pageView(given: Parameters<typeof createHearken>[0] = options) {
    made.widgets = made.checks = 0;
    const hearken = createHearken(given);
    widgets.push(hearken);
    await settle();
    return hearken;
  }
  /** The visitor answered NPS `days` ago (the full widget's history record). */
  const answeredNps = (days: number) => localStorage.setItem('hearken:history', JSON.stringify({ nps: { answeredAt: Date.now() - days * DAY } }));
  /** show() on a page view that imported nothing: the widget comes, applies the re-survey wait, and shows nothing (no error). */
  async function showWithinWait(hearken: ReturnType<typeof createHearken>) {
    const shown = vi.fn();
    hearken.on('show', shown);
    hearken.show();
    await vi.waitFor(() => expect(made.widgets).toBe(1));
    await settle();
    expect(hosts()).toEqual([]);
    expect(shown).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
  }
  /** The page is left: its widgets go, storage stays. */
  const leave = () => widgets.splice(0).forEach((w) => w.destroy());

  // the chunks the widget comes in, imported once for the file, so that a page view's imports settle in microtasks
  beforeAll(() => Promise.all([import('../src/loader/adopt'), import('../src/loader/check-options')]));

  it('checks the options without the widget on the first page view, then imports nothing while the visitor answered a week ago; show() still brings it', async () => {
    answeredNps(7);
    await pageView();
    // not found right before: the checks' chunk finds them right and remembers them; the widget stays away
    expect(made.checks).toBe(1);
    expect(made.widgets).toBe(0);
    expect(localStorage.getItem('hearken:checked')).toBeTruthy();
    leave();
    const hearken = await pageView();
    expect(made.checks + made.widgets).toBe(0);
    expect(hosts()).toEqual([]);
    // calls wait for the widget; show() brings it, which applies the re-survey wait: no prompt
    await showWithinWait(hearken);
  });

  it("imports nothing when its onEvent's event or track() comes while the visitor cannot be asked (an order's thank-you page); on a route pages leaves out, nor once the app routes to an included one", async () => {
    answeredNps(7);
    const onOrder = { ...options, onEvent: 'order:placed' };
    await pageView(onOrder);
    leave();
    const hearken = await pageView(onOrder);
    window.dispatchEvent(new Event('order:placed'));
    hearken.track('order:placed');
    await settle();
    expect(made.checks + made.widgets).toBe(0);
    leave();
    localStorage.clear();
    // a new visitor on a route pages leaves out: tracked there, then routed to the included one (armed, waiting)
    const onThanks = { ...onOrder, pages: ['/thanks'] };
    history.replaceState(null, '', '/pay');
    await pageView(onThanks);
    leave();
    (await pageView(onThanks)).track('order:placed');
    await settle();
    history.pushState(null, '', '/thanks');
    await settle();
    // armed there: its own event would bring the widget (tests/esm-armed.test.ts), the one before does not
    expect(made.widgets).toBe(0);
    leave();
    history.replaceState(null, '', '/');
    expect(errors).not.toHaveBeenCalled();
  });

  it('asks again once the wait is over: the widget comes and shows the prompt', async () => {
    answeredNps(7);
    await pageView();
    leave();
    answeredNps(91);
    await pageView();
    expect(made.widgets).toBe(1);
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
  });

  it('never trusts options found wrong: the widget comes on every page view and reports them each time', async () => {
    answeredNps(7);
    const wrong = { ...options, position: 'top' as never };
    await pageView(wrong);
    // the checks found a mistake: the widget comes to say which
    expect(made.checks).toBe(1);
    await vi.waitFor(() => expect(made.widgets).toBe(1));
    leave();
    await pageView(wrong);
    await vi.waitFor(() => expect(made.widgets).toBe(1));
    await vi.waitFor(() => expect(errors).toHaveBeenCalledTimes(2));
    expect(localStorage.getItem('hearken:checked')).toBeNull();
  });

  it('keeps each of an app\'s widgets light, not only the last one made', async () => {
    answeredNps(7);
    // NPS by the rules, and a widget that asks only when called (CSAT after a purchase)
    const manual = { endpoint: '/collect', brand: 'Northwind' };
    await pageView();
    widgets.push(createHearken(manual));
    await vi.waitFor(() => expect(made.checks).toBe(2));
    leave();
    await pageView();
    widgets.push(createHearken(manual));
    await settle();
    expect(made.checks + made.widgets).toBe(0);
    expect(errors).not.toHaveBeenCalled();
  });

  it('stays light on a later page view whose meta carries another order id (its checks look at types, not values)', async () => {
    answeredNps(7);
    await pageView({ ...options, meta: { orderId: 'NW-10482' }, userId: 'u-1' });
    leave();
    await pageView({ ...options, meta: { orderId: 'NW-10483' }, userId: 'u-1' });
    expect(made.checks + made.widgets).toBe(0);
    leave();
    // a value of another type is checked again (a number is taken as its text: right, and remembered)
    await pageView({ ...options, meta: { orderId: 10484 as unknown as string }, userId: 'u-1' });
    expect(made.checks).toBe(1);
    expect(made.widgets).toBe(0);
    expect(errors).not.toHaveBeenCalled();
  });

  it('checks changed options again before trusting them', async () => {
    answeredNps(7);
    await pageView();
    leave();
    await pageView({ ...options, brand: 'Northwind Coffee' });
    expect(made.checks).toBe(1);
    expect(made.widgets).toBe(0);
    leave();
    await pageView({ ...options, brand: 'Northwind Coffee' });
    expect(made.checks + made.widgets).toBe(0);
  });

  it('delivers answers an earlier page left waiting, whatever the rules say', async () => {
    answeredNps(7);
    await pageView();
    leave();
    localStorage.setItem('hearken:waiting', '1');
    await pageView();
    expect(made.widgets).toBe(1);
  });

  it('imports the widget when the options are not plain data it can compare (an element to render into)', async () => {
    answeredNps(7);
    const target = document.body.appendChild(document.createElement('div'));
    await pageView({ ...options, target });
    leave();
    await pageView({ ...options, target });
    expect(made.widgets).toBe(1);
  });

  it('on a page that pages excludes, a route change of the app to an included page brings the widget: a push, or a router.replace()', async () => {
    for (const route of ['pushState', 'replaceState'] as const) {
      made.widgets = 0;
      const onCheckout = { ...options, pages: ['/checkout'] };
      history.replaceState(null, '', '/');
      await pageView(onCheckout);
      leave();
      await pageView(onCheckout);
      expect(made.widgets).toBe(0);
      history[route](null, '', '/checkout');
      await vi.waitFor(() => expect(made.widgets, route).toBe(1));
      leave();
      history.replaceState(null, '', '/');
    }
  });

  it("a consent manager's consent(true) for a visitor who answered a week ago: the options' checks once, then nothing; show() still brings the widget", async () => {
    answeredNps(7);
    const pending = { ...options, consent: 'pending' as const };
    let hearken = await pageView(pending);
    // consent pending: nothing is checked or stored before the visitor agrees
    expect([made.checks, made.widgets, localStorage.getItem('hearken:checked')]).toEqual([0, 0, null]);
    hearken.consent(true);
    await settle();
    expect([made.checks, made.widgets]).toEqual([1, 0]);
    leave();
    hearken = await pageView(pending);
    hearken.consent(true);
    hearken.track('order:placed');
    hearken.consent(true);
    await settle();
    expect(made.checks + made.widgets).toBe(0);
    await showWithinWait(hearken);
  });

  it('consent(true) where a prompt may show once consent is given: the widget comes', async () => {
    await pageView({ ...options, consent: 'denied' });
    expect(made.checks + made.widgets).toBe(0);
    widgets[widgets.length - 1].consent(true);
    await vi.waitFor(() => expect(made.widgets).toBe(1));
    // (its prompt is left out: a jsdom window allows one, and another test shows it)
    leave();
  });

  it('imports nothing for a widget the app destroyed before it came: not on a route change, nor a later call', async () => {
    const onCheckout = { ...options, pages: ['/checkout'] };
    history.replaceState(null, '', '/');
    await pageView(onCheckout);
    leave();
    const hearken = await pageView(onCheckout);
    // an app's component unmounts, then the app routes to an included page and calls show()
    widgets.splice(0).forEach((w) => w.destroy());
    history.pushState(null, '', '/checkout');
    hearken.show();
    await settle();
    expect(made.checks + made.widgets).toBe(0);
    expect(hosts()).toEqual([]);
    history.replaceState(null, '', '/');
  });
});
