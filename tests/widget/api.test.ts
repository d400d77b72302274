// @vitest-environment jsdom
/**
 * The wired widget (createWidget: config → rules → kit → prompt → outbox) in jsdom, with the real UI
 * kit and a fake delivery, so nothing leaves the test. Each test gets fresh modules, hence a fresh
 * page context (consent, caps, visitor) as on a new page view.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeBad } from '../../src/config/messages';
import type { Answer } from '../../src/surveys/types';
import type { HearkenEvents } from '../../src/widget/types';
import type { HearkenEnv, Hearken, Widget } from '../../src/widget/index';
import type { HearkenOptions } from '../../src/config/options';
import type { PromptKit } from '../../src/widget/index';
import { VERSION } from '../../src/version';
import { button, captureErrors, dialogName, fakeDelivery, hosts, pick, press, radios, resetPage, settle, shadow } from '../dom';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const NPS_EN = 'How likely are you to recommend Acme to a friend or colleague?';

let createFullWidget: typeof import('../../src/widget/index').createWidget;
/** The widget's public API, as `createHearken` returns it. */
const createWidget = (options: HearkenOptions, env: Omit<HearkenEnv, 'loadDelivery'> & Partial<HearkenEnv>): Hearken & { widget: Widget } => {
  // the delivery's code, as the npm build imports it
  const widget = createFullWidget(options, { loadDelivery: () => import('../../src/widget/outbox-delivery').then((m) => m.makeDelivery), ...env });
  return Object.assign(widget.api, { widget });
};
let kit: PromptKit;
let errors: ReturnType<typeof captureErrors>;
const widgets: Hearken[] = [];

beforeEach(async () => {
  vi.resetModules();
  resetPage();
  history.replaceState(null, '', '/');
  ({ createWidget: createFullWidget } = await import('../../src/widget/index'));
  ({ kit } = await import('../../src/ui/kit'));
  errors = captureErrors();
});

afterEach(() => {
  widgets.splice(0).forEach((w) => w.destroy());
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** A widget with a fake delivery and every event recorded. */
function setup(options: HearkenOptions = {}, env: Partial<HearkenEnv> = {}) {
  const { added, delivery } = fakeDelivery();
  const hearken = createWidget({ brand: 'Acme', ...options }, { describe: describeBad, loadKit: () => Promise.resolve(kit), delivery, ...env });
  widgets.push(hearken);
  const events: { [K in keyof HearkenEvents]: HearkenEvents[K][] } = { show: [], answer: [], dismiss: [], review: [], sent: [], drop: [], error: [] };
  for (const name of Object.keys(events) as (keyof HearkenEvents)[]) hearken.on(name, (p) => void (events[name] as unknown[]).push(p));
  return { hearken, added, delivery, events };
}

/** Shows a prompt and waits until it is on the page. */
async function shown(options: HearkenOptions = {}, survey?: 'nps' | 'csat' | 'ces', overrides?: HearkenOptions) {
  const s = setup(options);
  s.hearken.show(survey, overrides);
  await settle();
  expect(hosts()).toHaveLength(1);
  return s;
}

const area = () => shadow().querySelector('textarea')!;
const question = () => dialogName();
const dialog = () => shadow().querySelector<HTMLElement>('[role=dialog]')!;

describe('showing', () => {
  it('floats a prompt in the page on show(), emits show, and leaves the focus where it was', async () => {
    const input = document.body.appendChild(document.createElement('input'));
    input.focus();
    const { events } = await shown({ touchpoint: 'checkout' });
    expect(hosts()[0]!.parentElement).toBe(document.body);
    expect(question()).toBe(NPS_EN);
    expect(radios().map((r) => r.textContent)).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(events.show).toEqual([{ survey: 'nps', touchpoint: 'checkout' }]);
    expect(document.activeElement).toBe(input);
    expect(errors).not.toHaveBeenCalled();
  });

  it('renders inside the target of show(survey, { target })', async () => {
    const target = document.body.appendChild(document.createElement('section'));
    const { events } = setup();
    widgets[0]!.show('csat', { target });
    await settle();
    expect(hosts(target)).toHaveLength(1);
    expect(dialog().className).not.toMatch(/\bf\b/);
    expect(events.show).toEqual([{ survey: 'csat', touchpoint: undefined }]);
  });

  it('does not show a second floating prompt in the same page view', async () => {
    const { hearken, events } = await shown();
    hearken.hide();
    hearken.show();
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(events.show).toHaveLength(1);
  });
});

describe('the answer record', () => {
  it('holds every field: score, comment, question as shown, page without query or hash, identity and meta', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-03-01T12:00:00.000Z'));
    history.replaceState(null, '', '/shop/order.html?email=a@b.c#paid');
    const { hearken, added, events } = setup({ touchpoint: 'checkout', meta: { plan: 'pro' } });
    hearken.identify('u-42', { tier: 'gold', seats: 3 });
    hearken.show('nps');
    await settle();
    await pick(9);
    area().value = '  Fast delivery \n';
    button('Send').click();
    await settle();

    expect(events.answer).toHaveLength(1);
    const answer = events.answer[0]!;
    expect(answer).toEqual({
      id: expect.stringMatching(UUID),
      survey: 'nps',
      score: 9,
      scale: { min: 0, max: 10 },
      segment: 'promoter',
      comment: 'Fast delivery',
      question: NPS_EN,
      locale: 'en',
      touchpoint: 'checkout',
      page: location.origin + '/shop/order.html',
      visitorId: expect.stringMatching(/^\S{8,}$/),
      userId: 'u-42',
      meta: { plan: 'pro', tier: 'gold', seats: '3' },
      answeredAt: '2025-03-01T12:00:00.000Z',
      widget: 'hearken/' + VERSION,
    });
    expect(Object.keys(answer).sort()).toEqual(
      'answeredAt comment id locale meta page question scale score segment survey touchpoint userId visitorId widget'.split(' '),
    );
    // stored before it is announced, and stored once
    expect(added).toEqual([answer]);
    expect(dialogName()).toBe('Thank you!');
    expect(events.dismiss).toEqual([]);
  });

  it('leaves out optional fields nobody set, and keeps one visitor id across answers', async () => {
    const target = document.body.appendChild(document.createElement('div'));
    const { hearken, events } = setup();
    hearken.show('csat', { target });
    await settle();
    await pick(2);
    button('Skip').click();
    await settle();
    hearken.show('ces', { target });
    await settle();
    await pick(7);
    button('Skip').click();
    await settle();
    const [a, b] = events.answer as [Answer, Answer];
    expect(Object.keys(a).sort()).toEqual('answeredAt id locale page question scale score segment survey visitorId widget'.split(' '));
    expect(a.visitorId).toBe(b.visitorId);
    expect(a.id).not.toBe(b.id);
  });
});

describe('commit semantics', () => {
  it('skip commits the score without the typed comment', async () => {
    const { events } = await shown();
    await pick(3);
    area().value = 'not meant to be sent';
    button('Skip').click();
    await settle();
    expect(events.answer).toHaveLength(1);
    expect(events.answer[0]).not.toHaveProperty('comment');
    expect(events.answer[0]!.segment).toBe('detractor');
  });

  it('closing after a score commits it without a comment, and is not a dismiss', async () => {
    const { events } = await shown();
    await pick(7);
    area().value = 'draft';
    button('Close').click();
    await settle();
    expect(events.answer.map((a) => [a.score, a.comment])).toEqual([[7, undefined]]);
    expect(events.dismiss).toEqual([]);
    expect(hosts()).toHaveLength(0);
  });

  it('closing before a score (button or Escape) is a dismiss, with no answer', async () => {
    const { events } = await shown({ touchpoint: 'support' });
    button('Close').click();
    await settle();
    expect(events.dismiss).toEqual([{ survey: 'nps', touchpoint: 'support' }]);
    expect(hosts()).toHaveLength(0);

    const target = document.body.appendChild(document.createElement('div'));
    widgets[0]!.show('ces', { target });
    await settle();
    press(radios()[0]!, 'Escape');
    await settle();
    expect(events.dismiss).toEqual([{ survey: 'nps', touchpoint: 'support' }, { survey: 'ces', touchpoint: 'support' }]);
    expect(events.answer).toEqual([]);
  });

  it('pagehide after a score commits the answer without the unsent draft, once', async () => {
    const { events, added } = await shown();
    await pick(10);
    area().value = 'half-typed thought';
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(events.answer).toHaveLength(1);
    expect(events.answer[0]).not.toHaveProperty('comment');
    // a visitor coming back finds the thank-you, not a comment box whose text would go nowhere
    expect(area()).toBeFalsy();
    expect(shadow().textContent).toContain('Thank you');
    expect(added).toHaveLength(1);
  });

  it('a tab turning hidden commits like pagehide; before a score it commits nothing', async () => {
    const { events } = await shown();
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(events.answer).toEqual([]);
    hidden.mockReturnValue('visible');
    await pick(5);
    hidden.mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(events.answer.map((a) => a.score)).toEqual([5]);
  });

  it('hide() closes the prompt and still commits a picked score', async () => {
    const { hearken, events } = await shown();
    await pick(8);
    hearken.hide();
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(events.answer.map((a) => a.segment)).toEqual(['passive']);
  });
});

describe('the API', () => {
  it('destroy() on a page tearing down (its window refusing) is one [hearken] line, never a throw into the page', async () => {
    const errors = captureErrors();
    const { hearken } = setup({ survey: 'nps', onEvent: 'go' });
    vi.spyOn(window, 'removeEventListener').mockImplementation(() => {
      throw new TypeError('the window is gone');
    });
    expect(() => hearken.destroy()).not.toThrow();
    vi.restoreAllMocks();
    expect(errors.mock.calls.map((call) => call[0])).toEqual(['[hearken] destroy failed: TypeError: the window is gone']);
  });

  it('destroy() removes the prompt, its triggers and every listener of its own; later calls do nothing', async () => {
    // storage (cross-tab), popstate/hashchange (route watching) and the leave module's listeners belong to the
    // page, shared by its widgets
    const shared = ['storage', 'popstate', 'hashchange', 'pagehide', 'pageshow', 'visibilitychange', 'freeze'];
    const spies = [window, document].map((target) => ({
      add: vi.spyOn(target, 'addEventListener'),
      remove: vi.spyOn(target, 'removeEventListener'),
    }));
    const { hearken, events } = setup({ survey: 'nps', delay: 60_000, scroll: 90, exitIntent: true, onEvent: 'go' });
    // the rules arm their triggers in the task after creation
    await vi.waitFor(() => expect(spies[0]!.add.mock.calls.map((c) => c[0])).toEqual(expect.arrayContaining(['scroll', 'go'])));
    hearken.show();
    await settle();
    expect(hosts()).toHaveLength(1);
    hearken.destroy();
    expect(hosts()).toHaveLength(0);
    for (const { add, remove } of spies) {
      const own = add.mock.calls.filter((c) => !shared.includes(c[0] as string));
      const left = own.filter((c) => !remove.mock.calls.some((r) => r[0] == c[0] && r[1] == c[1]));
      expect(left.map((c) => c[0])).toEqual([]);
    }
    hearken.show();
    hearken.track('go');
    window.dispatchEvent(new CustomEvent('go'));
    hearken.identify('u');
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(events.show).toHaveLength(1);
    expect(() => hearken.destroy()).not.toThrow();
  });

  it('on() returns its unsubscribe function', async () => {
    const { hearken } = setup();
    const fn = vi.fn();
    const off = hearken.on('show', fn);
    off();
    hearken.show();
    await settle();
    expect(hosts()).toHaveLength(1);
    expect(fn).not.toHaveBeenCalled();
  });

  // a consenting visitor's withdrawal written as Consent Mode writes it kept the prompt open and erased nothing
  it("consent() takes true or false: consent('denied') is reported and withdraws (the prompt closes)", async () => {
    const { hearken, events } = await shown();
    expect(hosts()).toHaveLength(1);
    (hearken.consent as (value: unknown) => void)('denied');
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(errors.mock.calls.map((call) => call[0])).toEqual(['[hearken] consent(granted) must be a boolean, got "denied"']);
    expect(events.error.map((e) => e.message)).toEqual(['[hearken] consent(granted) must be a boolean, got "denied"']);
  });

  it('identify() reports a bad user id or bad traits once each, and keeps the good part', async () => {
    const { hearken, events } = setup({ trigger: 'manual' });
    expect(() => hearken.identify('   ')).not.toThrow();
    expect(() => hearken.identify(42 as unknown as string)).not.toThrow();
    expect(() => hearken.identify(' u-7 ', { nested: {} } as unknown as Record<string, string>)).not.toThrow();
    expect(errors.mock.calls).toEqual([
      ['[hearken] identify(userId) must be a non-empty text, got "   "'],
      ['[hearken] identify(userId) must be a non-empty text, got "42"'],
      ['[hearken] identify(traits) must be an object of text values, got "{"nested":{}}"'],
    ]);
    // the error events follow in a microtask (so that a listener added right after a call hears its errors)
    expect(events.error).toEqual([]);
    await Promise.resolve();
    expect(events.error.map((e) => e.message)).toEqual(errors.mock.calls.map((c) => c[0]));
    hearken.show();
    await settle();
    await pick(9);
    button('Skip').click();
    await settle();
    expect(events.answer[0]!.userId).toBe('u-7');
    expect(events.answer[0]).not.toHaveProperty('meta');
  });
});

describe('surveys and scales', () => {
  it.each([
    ['csat', {}, ['1', '2', '3', '4', '5'], 4, { min: 1, max: 5 }, 'satisfied'],
    ['csat', { scale: 3 }, ['1', '2', '3'], 2, { min: 1, max: 3 }, 'neutral'],
    ['ces', {}, ['1', '2', '3', '4', '5', '6', '7'], 3, { min: 1, max: 7 }, 'difficult'],
    ['ces', { scale: 5 }, ['1', '2', '3', '4', '5'], 5, { min: 1, max: 5 }, 'easy'],
    ['nps', { scale: 11 }, ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10'], 6, { min: 0, max: 10 }, 'detractor'],
  ] as const)('%s %o: draws the scale and records score, scale and segment', async (survey, o, labels, score, scale, segment) => {
    const { events } = await shown(o, survey);
    expect(radios().map((r) => r.textContent)).toEqual(labels);
    await pick(score);
    button('Skip').click();
    await settle();
    expect(events.answer.map((a) => [a.survey, a.score, a.scale, a.segment])).toEqual([[survey, score, scale, segment]]);
  });

  it('draws CSAT as stars or faces, with the same accessible names', async () => {
    await shown({ style: 'stars', scale: 3 }, 'csat');
    expect(radios().map((r) => r.textContent)).toEqual(['★', '★', '★']);
    expect(radios().map((r) => r.getAttribute('aria-label'))).toEqual(['1 of 3, Very dissatisfied', '2 of 3', '3 of 3, Very satisfied']);
    widgets.splice(0).forEach((w) => w.destroy());

    const target = document.body.appendChild(document.createElement('div'));
    setup().hearken.show('csat', { target, style: 'faces' });
    await settle();
    expect(radios().map((r) => r.querySelectorAll('svg').length)).toEqual([1, 1, 1, 1, 1]);
  });

  it('ignores a CSAT style on the other surveys', async () => {
    await shown({ style: 'stars' }, 'ces');
    expect(radios().map((r) => r.textContent)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });
});

describe('locales', () => {
  // after the module reset above, so the texts land in the i18n module this test's widget uses
  beforeEach(async () => (await import('../i18n/helpers')).loadAllLocales());
  const languages = (list: string[]) => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(list);
    vi.spyOn(navigator, 'language', 'get').mockReturnValue(list[0]!);
  };

  it('takes the locale option first, over <html lang> and the browser', async () => {
    document.documentElement.lang = 'fr';
    languages(['es-ES']);
    const { events } = await shown({ locale: 'de' });
    expect(question()).toBe('Wie wahrscheinlich ist es, dass Sie Acme einem Freund oder Kollegen empfehlen?');
    expect(button('Schließen')).toBeTruthy();
    await pick(10);
    button('Überspringen').click();
    await settle();
    expect(events.answer[0]!.locale).toBe('de');
    expect(events.answer[0]!.question).toBe('Wie wahrscheinlich ist es, dass Sie Acme einem Freund oder Kollegen empfehlen?');
  });

  it('then <html lang>, then navigator.languages, then English', async () => {
    const { hearken } = setup();
    const langOf = async () => {
      const target = document.body.appendChild(document.createElement('div'));
      hearken.show('ces', { target });
      await settle();
      const lang = dialog().lang;
      hearken.hide();
      target.remove();
      return lang;
    };
    document.documentElement.lang = 'fr-CA';
    languages(['es-ES']);
    expect(await langOf()).toBe('fr');
    document.documentElement.lang = '';
    expect(await langOf()).toBe('es');
    document.documentElement.lang = 'tlh';
    languages(['zh-TW', 'uk']);
    expect(await langOf()).toBe('uk');
    languages(['zh-TW']);
    expect(await langOf()).toBe('en');
  });

  it('lays an Arabic prompt out right to left, arrows mirrored', async () => {
    const { events } = await shown({ locale: 'ar' });
    expect(dialog().dir).toBe('rtl');
    expect(dialog().lang).toBe('ar');
    expect(question()).toBe('ما مدى احتمال أن ترشّح Acme لصديق أو زميل؟');
    const all = radios();
    all[0]!.focus();
    press(all[0]!, 'ArrowLeft');
    await settle();
    expect(shadow().activeElement).toBe(all[1]);
    press(all[1]!, 'Enter');
    await settle();
    button('تخطٍّ').click();
    await settle();
    expect(events.answer.map((a) => [a.score, a.locale])).toEqual([[1, 'ar']]);
  });
});

describe('keyboard', () => {
  it('one tab stop in the scale, arrows and Home/End move, Enter picks, the comment box takes focus, Escape commits', async () => {
    const { events } = await shown();
    const all = radios();
    expect(all.map((r) => r.tabIndex)).toEqual([0, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1]);
    all[0]!.focus();
    press(all[0]!, 'ArrowRight');
    press(all[1]!, 'ArrowRight');
    await settle();
    expect(shadow().activeElement).toBe(all[2]);
    press(all[2]!, 'End');
    await settle();
    expect(shadow().activeElement).toBe(all[10]);
    expect(radios().map((r) => r.tabIndex).indexOf(0)).toBe(10);
    press(all[10]!, 'ArrowRight');
    await settle();
    expect(shadow().activeElement).toBe(all[0]);
    press(all[0]!, 'ArrowLeft');
    await settle();
    press(all[10]!, ' ');
    await settle();
    expect(shadow().activeElement).toBe(area());
    area().value = 'typed, then Escape';
    press(area(), 'Escape');
    await settle();
    expect(events.answer.map((a) => [a.score, a.comment])).toEqual([[10, undefined]]);
    expect(hosts()).toHaveLength(0);
  });
});

describe('bad input', () => {
  it.each([
    [{ survey: 'xyz' }, '[hearken] survey must be one of nps, csat, ces, got "xyz"'],
    [{ delay: 'soon' }, '[hearken] delay must be a number of milliseconds, got "soon"'],
    [{ endpoint: 'ftp://example.com/collect' }, '[hearken] endpoint must be an http(s) URL, got "ftp://example.com/collect"'],
    [{ endpoint: 'javascript:alert(1)' }, '[hearken] endpoint must be an http(s) URL, got "javascript:alert(1)"'],
    [{ position: 'top' }, '[hearken] position must be one of bottom-right, bottom-left, bottom, center, got "top"'],
    [{ accent: 'red;}body{display:none' }, '[hearken] accent must be a CSS colour, got "red;}body{display:none"'],
    [{ sample: 2 }, '[hearken] sample must be a share of visitors from 0 to 1, got "2"'],
  ])('%o: one console.error naming the option and the value, nothing thrown', (options, message) => {
    expect(() => widgets.push(createWidget(options as HearkenOptions, { describe: describeBad, loadKit: () => Promise.resolve(kit), delivery: fakeDelivery().delivery }))).not.toThrow();
    expect(errors.mock.calls).toEqual([[message]]);
  });

  it.each(['segment', 'posthog'] as const)('a %s transport without a write key is one console.error', (transport) => {
    widgets.push(createWidget({ survey: 'nps', transport, endpoint: 'https://plane.example' }, { describe: describeBad, loadKit: () => Promise.resolve(kit) }));
    expect(errors.mock.calls).toEqual([[`[hearken] writeKey is required with the ${transport} transport, got ""`]]);
  });

  it('a segment transport without an endpoint says the endpoint is required', () => {
    widgets.push(createWidget({ survey: 'nps', transport: 'segment', writeKey: 'k' }, { describe: describeBad, loadKit: () => Promise.resolve(kit) }));
    expect(errors.mock.calls).toEqual([['[hearken] endpoint is required (the http(s) URL answers are sent to), got ""']]);
  });

  it('a missing endpoint is one console.error', () => {
    widgets.push(createWidget({ survey: 'nps' }, { describe: describeBad, loadKit: () => Promise.resolve(kit) }));
    expect(errors.mock.calls).toEqual([['[hearken] endpoint is required (the http(s) URL answers are sent to), got ""']]);
  });

  it.each([
    ['csat', 4, '[hearken] scale must be 3 or 5 for csat, got "4"', 5],
    ['ces', 10, '[hearken] scale must be 5 or 7 for ces, got "10"', 7],
    ['nps', 5, '[hearken] scale must be 11 for nps, got "5"', 11],
  ] as const)('%s on %d points: one console.error when shown, and the default scale is drawn', async (survey, points, message, drawn) => {
    const { events } = await shown({ scale: points }, survey);
    expect(errors.mock.calls).toEqual([[message]]);
    expect(events.error).toEqual([{ message }]);
    expect(radios()).toHaveLength(drawn);
  });

  it.each([
    [' NPS ', 'nps', []],
    ['Csat', 'csat', []],
    ['npss', 'nps', [['[hearken] survey must be one of nps, csat, ces, got "npss"; did you mean "nps"?']]],
  ])('a survey option %j asks %s by the rules (a rejected one falls back to the default, reported)', async (survey, asked, reported) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { events } = setup({ survey: survey as 'nps', position: 'CENTER' as 'center' });
    await settle();
    vi.runOnlyPendingTimers();
    window.dispatchEvent(new Event('load'));
    await settle();
    expect(hosts()).toHaveLength(1);
    expect(events.show).toEqual([{ survey: asked }]);
    expect(errors.mock.calls).toEqual(reported);
  });

  it('show() with an unknown survey or bad overrides reports and shows nothing; options that are not an object are ignored', async () => {
    const { hearken, events } = setup();
    expect(() => hearken.show('poll' as 'nps')).not.toThrow();
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(errors.mock.calls).toEqual([['[hearken] survey must be one of nps, csat, ces, got "poll"']]);
    expect(events.error).toHaveLength(1);
    expect(() => createWidget('nps' as HearkenOptions, { describe: describeBad, loadKit: () => Promise.resolve(kit), delivery: fakeDelivery().delivery }).destroy()).not.toThrow();
    expect(() => createWidget(null as unknown as HearkenOptions, { describe: describeBad, loadKit: () => Promise.resolve(kit), delivery: fakeDelivery().delivery }).destroy()).not.toThrow();
  });

  it('a kit that fails to load is one console.error, not an exception in the page', async () => {
    const { hearken } = setup({}, { loadKit: () => Promise.reject(new Error('offline')) });
    hearken.show();
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(errors.mock.calls).toEqual([['[hearken] could not load the prompt: offline']]);
  });
});

describe('onEvent right after creation', () => {
  // The rules start in the task after the widget's creation; an order page may fire its event before then.
  it.each([
    ['track(name)', (h: Hearken) => h.track('paid')],
    ['a CustomEvent of that name on window', () => void window.dispatchEvent(new CustomEvent('paid'))],
  ])('%s in the same task as createWidget shows the prompt, once', async (_, fire) => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { hearken, events } = setup({ survey: 'nps', onEvent: 'paid' });
    fire(hearken);
    await settle();
    // the deferred start-up task, and whatever it could still arm
    vi.runOnlyPendingTimers();
    window.dispatchEvent(new Event('load'));
    await settle();
    expect(hosts()).toHaveLength(1);
    expect(events.show).toHaveLength(1);
    expect(localStorage.getItem('hearken:pageviews')).toBe('1');
  });

  it('an event before the rules are asked to start is remembered until they start', async () => {
    const { hearken, events } = setup({ onEvent: 'paid' });
    window.dispatchEvent(new CustomEvent('paid'));
    await settle();
    expect(hosts()).toHaveLength(0);
    // what the script tag does at DOMContentLoaded when the page has no inline mounts
    hearken.widget.ask();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(events.show).toHaveLength(1);
  });

  it('does not fire for another event name, nor when the pages do not match', async () => {
    const { hearken } = setup({ survey: 'nps', onEvent: 'paid', pages: '/thanks' });
    hearken.track('other');
    window.dispatchEvent(new CustomEvent('paid'));
    hearken.track('paid');
    await vi.waitFor(() => expect(localStorage.getItem('hearken:pageviews')).toBe('1'));
    await settle();
    expect(hosts()).toHaveLength(0);
  });
});

describe('the cross-tab lease', () => {
  const lease = () => JSON.parse(localStorage.getItem('hearken:open') || 'null');

  it('is given back when the page closes the prompt with hide(), so other tabs may ask', async () => {
    const { hearken } = setup({ survey: 'nps' });
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(lease()).toMatchObject({ key: 'nps' });
    hearken.hide();
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(lease()).toBeNull();
  });

  it('stays with the floating prompt when an inline prompt beside it is closed', async () => {
    const { hearken } = setup({ survey: 'nps' });
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    const slot = document.createElement('div');
    document.body.appendChild(slot);
    hearken.show('csat', { target: slot });
    await vi.waitFor(() => expect(hosts(slot)).toHaveLength(1));
    button('Close', hosts(slot)[0]!.shadowRoot!).click();
    await settle();
    expect(hosts(slot)).toHaveLength(0);
    expect(hosts()).toHaveLength(1);
    expect(lease()).toMatchObject({ key: 'nps' });
  });
});

describe('a prompt that cannot be drawn', () => {
  let info: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    info = vi.spyOn(console, 'info').mockImplementation(() => {});
  });
  /** Nothing counts it: the session cap and the cross-tab lease are free again. */
  const nothingTaken = () => {
    expect(sessionStorage.getItem('hearken:shown')).toBeNull();
    expect(localStorage.getItem('hearken:open')).toBeNull();
  };

  it('UI that fails to load: the caps and the lease are given back, debug says why, and a later show() asks', async () => {
    const loadKit = vi.fn<() => Promise<PromptKit>>().mockRejectedValueOnce(new Error('refused by CSP')).mockResolvedValue(kit);
    const { hearken, events } = setup({ survey: 'nps', debug: true }, { loadKit });
    await vi.waitFor(() => expect(info).toHaveBeenCalled());
    expect(info.mock.calls).toEqual([['[hearken] nps not shown: ui: could not load the prompt: refused by CSP']]);
    expect(errors.mock.calls).toEqual([['[hearken] could not load the prompt: refused by CSP']]);
    nothingTaken();
    hearken.show();
    await settle();
    expect(hosts()).toHaveLength(1);
    expect(events.show).toHaveLength(1);
    expect(sessionStorage.getItem('hearken:shown')).toBe('nps');
    expect(JSON.parse(localStorage.getItem('hearken:open')!)).toMatchObject({ key: 'nps' });
  });

  it('no endpoint to send answers to: nothing is taken', async () => {
    widgets.push(createWidget({ survey: 'csat', debug: true }, { describe: describeBad, loadKit: () => Promise.resolve(kit) }));
    await vi.waitFor(() => expect(info).toHaveBeenCalled());
    expect(info.mock.calls).toEqual([['[hearken] csat not shown: endpoint: none']]);
    expect(hosts()).toHaveLength(0);
    nothingTaken();
  });

  it('a UI that throws while drawing: reported once, nothing taken', async () => {
    const broken: PromptKit = {
      ...kit,
      renderPrompt: () => {
        throw new Error('boom');
      },
    };
    setup({ survey: 'nps', debug: true }, { loadKit: () => Promise.resolve(broken) });
    await vi.waitFor(() => expect(info).toHaveBeenCalled());
    expect(info.mock.calls).toEqual([['[hearken] nps not shown: ui: show failed']]);
    expect(errors.mock.calls).toEqual([['[hearken] show failed: Error: boom']]);
    nothingTaken();
  });

  it('show() whose UI fails to load takes nothing either', async () => {
    const { hearken } = setup({ debug: true, trigger: 'manual' }, { loadKit: () => Promise.reject(new Error('offline')) });
    hearken.show('ces');
    await settle();
    expect(info.mock.calls).toEqual([['[hearken] ces not shown: ui: could not load the prompt: offline']]);
    nothingTaken();
  });
});

describe('debug and delivery', () => {
  /** A widget with its own delivery to an endpoint that answers 401; resolves with console.warn's lines once the answer was refused. */
  async function refused(debug: boolean) {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubGlobal('fetch', vi.fn(async () => new Response('no', { status: 401 })));
    const hearken = createWidget({ endpoint: 'https://collect.test/c', trigger: 'manual', debug }, { describe: describeBad, loadKit: () => Promise.resolve(kit) });
    widgets.push(hearken);
    const errorEvents: string[] = [];
    hearken.on('error', (e) => void errorEvents.push(e.message));
    hearken.show();
    await settle();
    await pick(9);
    button('Skip').click();
    await vi.waitFor(() => expect(errorEvents).toHaveLength(1));
    vi.unstubAllGlobals();
    // IndexedDB is missing in jsdom: the outbox is in localStorage, which needs no warning
    return { warned: warn.mock.calls, event: errorEvents[0] };
  }

  it('with debug, an endpoint refusing answers is on the console as well as in the error event', async () => {
    const { warned, event } = await refused(true);
    expect(event).toBe('[hearken] endpoint refused 1 answer(s), retrying every 5 min: HTTP 401');
    expect(warned).toEqual([['[hearken] error', { message: event, cause: 'HTTP 401' }]]);
  });

  it('without debug, it is only an error event', async () => {
    const { warned, event } = await refused(false);
    expect(event).toMatch(/^\[hearken\] endpoint refused 1 answer\(s\)/);
    expect(warned).toEqual([]);
  });
});

describe('text from config is text', () => {
  it('renders a question, brand and texts holding markup as literal text', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">';
    const { events } = await shown({ question: evil + ' {brand}?', brand: '<b>Acme</b>', texts: { submit: '<i>Send</i>', thanks: '<script>x()</script>' } });
    expect(question()).toBe(evil + ' <b>Acme</b>?');
    expect(shadow().querySelector('img, b, i, script')).toBeNull();
    await pick(9);
    expect(button('<i>Send</i>')).toBeTruthy();
    button('<i>Send</i>').click();
    await settle();
    expect(question()).toBe('<script>x()</script>');
    expect(shadow().querySelector('img, b, i, script')).toBeNull();
    expect(events.answer[0]!.question).toBe(evil + ' <b>Acme</b>?');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('delivery through a transport', () => {
  it('hands the committed answer to the transport option and emits sent', async () => {
    const send = vi.fn(async (_batch: Answer[]) => ({ status: 'accepted' as const }));
    const hearken = createWidget({ transport: { send } }, { describe: describeBad, loadKit: () => Promise.resolve(kit) });
    widgets.push(hearken);
    const sent: Answer[][] = [];
    hearken.on('sent', (e) => void sent.push(e.answers));
    hearken.on('answer', () => {});
    hearken.show();
    await settle();
    await pick(4);
    button('Skip').click();
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(send).toHaveBeenCalledTimes(1);
    expect(send.mock.calls[0]![0].map((a) => a.score)).toEqual([4]);
    expect(sent[0]!.map((a) => a.score)).toEqual([4]);
    expect(errors).not.toHaveBeenCalled();
  });
});
