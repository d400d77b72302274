// @vitest-environment jsdom
/**
 * The value checks every attribute and option goes through (src/config/checks.ts): what a page's value becomes,
 * and how a bad one is quoted in the one console line.
 *
 * Then the scale check end to end: a scale the survey is not asked on (CSAT on 4 points) is reported once, when the options naming both are
 * given — the script tag's, an inline mount's, `<hearken-survey>`'s, `createHearken()`'s or `show()`'s —
 * whether or not a prompt is ever drawn (caps, sampling, a manual trigger, pending consent), and not again
 * when one is drawn (on the survey's default scale).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { describeBad, inWords } from '../../src/config/messages';
import type { Hearken } from '../../src/widget/index';
import { checkOptions, kebab } from '../../src/config/options';
import { cssColor, httpUrl, number, oneOf, scaleError, show, stringRecord, text } from '../../src/config/checks';
import { defineHearkenElement } from '../../src/esm';
import { kit } from '../../src/ui/kit';
import { captureErrors, fakeDelivery, hosts, radios, resetPage, runScriptTag, settle, shadow, unusedDeliveryCode } from '../dom';

type Global = Window & { Hearken?: Hearken; __hearkenKit?: unknown };
const win = window as unknown as Global;

let errors: ReturnType<typeof captureErrors>;
const widgets: Hearken[] = [];

beforeEach(() => {
  resetPage();
  win.__hearkenKit = () => kit;
  errors = captureErrors();
  vi.stubGlobal('fetch', vi.fn(async () => new Response('{}', { status: 200 })));
});

afterEach(() => {
  widgets.splice(0).forEach((w) => w.destroy());
  win.Hearken?.destroy();
  delete win.Hearken;
  delete (document as { currentScript?: unknown }).currentScript;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const messages = () => errors.mock.calls.map((c) => c[0]);

describe('the value checks', () => {
  it('text: trims, and takes neither blanks nor non-strings', () => {
    expect(text('  Acme ')).toBe('Acme');
    expect([text('   '), text(''), text(3), text(undefined), text(['a'])]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('oneOf: only the listed values, trimmed and in any case, spelled as listed', () => {
    const position = oneOf(['bottom-right', 'center', 'dataLayer'] as const);
    expect([position('center'), position('Center'), position(' CENTER '), position('datalayer')]).toEqual(['center', 'center', 'center', 'dataLayer']);
    expect([position('centre'), position('bottom'), position(''), position(undefined), position(1)]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('number: finite numbers, and numeric strings as attributes give them', () => {
    expect([number(3), number('1500'), number(' 2.5 '), number(0), number('-1')]).toEqual([3, 1500, 2.5, 0, -1]);
    expect([number('soon'), number(''), number('  '), number(NaN), number(Infinity), number(null), number(true)]).toEqual([
      undefined, undefined, undefined, undefined, undefined, undefined, undefined,
    ]);
  });

  it('httpUrl: absolute http(s) URLs, and paths resolved against the page', () => {
    expect(httpUrl('https://c.example/answers')).toBe('https://c.example/answers');
    expect(httpUrl(' /collect ', 'https://shop.example/cart?x=1')).toBe('https://shop.example/collect');
    expect(httpUrl('collect', 'http://127.0.0.1:8080/a/b')).toBe('http://127.0.0.1:8080/a/collect');
    expect([httpUrl('javascript:alert(1)'), httpUrl('ftp://c.example/'), httpUrl('/collect'), httpUrl(''), httpUrl(42)]).toEqual([
      undefined, undefined, undefined, undefined, undefined,
    ]);
  });

  it('cssColor: colours, and nothing that could end the declaration it is put in', () => {
    const supports = (globalThis as { CSS?: unknown }).CSS;
    // where the browser cannot tell, the pattern decides
    vi.stubGlobal('CSS', undefined);
    expect([cssColor('#2563eb'), cssColor(' rebeccapurple '), cssColor('rgb(37 99 235 / 50%)'), cssColor('oklch(0.6 0.2 260)')]).toEqual([
      '#2563eb', 'rebeccapurple', 'rgb(37 99 235 / 50%)', 'oklch(0.6 0.2 260)',
    ]);
    expect([cssColor('red;background:url(x)'), cssColor('red}body{display:none'), cssColor('#12'), cssColor(''), cssColor(1)]).toEqual([
      undefined, undefined, undefined, undefined, undefined,
    ]);
    // where it can, the browser decides
    vi.stubGlobal('CSS', { supports: (property: string, value: string) => property == 'color' && value == 'hotpink' });
    expect([cssColor('hotpink'), cssColor('rebeccapurple')]).toEqual(['hotpink', undefined]);
    vi.stubGlobal('CSS', supports);
  });

  it('stringRecord: a flat object, numbers and booleans turned into text', () => {
    expect(stringRecord({ plan: 'pro', seats: 3, trial: false })).toEqual({ plan: 'pro', seats: '3', trial: 'false' });
    expect(stringRecord({})).toEqual({});
    expect([stringRecord({ nested: { a: 1 } }), stringRecord({ a: null }), stringRecord(['a']), stringRecord('a=1'), stringRecord(null)]).toEqual([
      undefined, undefined, undefined, undefined, undefined,
    ]);
  });

  it('kebab: an option name as its attribute', () => {
    expect([kebab('userId'), kebab('autoCloseMs'), kebab('endpoint')]).toEqual(['user-id', 'auto-close-ms', 'endpoint']);
  });

  it('show: quotes a bad value briefly, whatever it is, without throwing', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(show('soon')).toBe('"soon"');
    expect(show({ a: 1 })).toBe('"{"a":1}"');
    expect(show(() => 1)).toBe('"a function"');
    expect(show(undefined)).toBe('"undefined"');
    expect(show(10n)).toBe('"10"');
    expect(show(cycle)).toBe('"[object Object]"');
    expect(show(Object.create(null))).toBe('"{}"');
    const long = show('x'.repeat(100));
    expect(long).toBe('"' + 'x'.repeat(57) + '..."');
  });

  it('scaleError: names the option, the scales the survey is asked on and the value; nothing for a fitting or absent scale', () => {
    expect(inWords(scaleError('csat', 4, (o) => 'data-' + o)!)).toBe('[hearken] data-scale must be 3 or 5 for csat, got "4"');
    expect(inWords(scaleError('nps', 7, (o) => o)!)).toBe('[hearken] scale must be 11 for nps, got "7"');
    expect([scaleError('csat', 5, (o) => o), scaleError('ces', 7, (o) => o), scaleError('nps', 11, (o) => o), scaleError('ces', undefined, (o) => o)]).toEqual([
      undefined, undefined, undefined, undefined,
    ]);
  });
});

describe('checkOptions', () => {
  const check = (raw: Record<string, unknown>, nameOf?: (o: string) => string) => {
    const reported: string[] = [];
    return { options: checkOptions(raw, (said) => reported.push(inWords(said)), nameOf), reported };
  };

  it.each([
    ['csat', 4, '[hearken] scale must be 3 or 5 for csat, got "4"'],
    ['csat', 7, '[hearken] scale must be 3 or 5 for csat, got "7"'],
    ['ces', 10, '[hearken] scale must be 5 or 7 for ces, got "10"'],
    ['ces', 3, '[hearken] scale must be 5 or 7 for ces, got "3"'],
    ['nps', 5, '[hearken] scale must be 11 for nps, got "5"'],
  ])('%s on %d points: one report, and no scale kept (the survey default is drawn)', (survey, scale, message) => {
    const { options, reported } = check({ survey, scale });
    expect(reported).toEqual([message]);
    expect(options.survey).toBe(survey);
    expect(options.scale).toBeUndefined();
  });

  it('names the attribute and shows the value as written for attributes', () => {
    expect(check({ survey: 'csat', scale: '4' }, (o) => 'data-' + kebab(o)).reported).toEqual(['[hearken] data-scale must be 3 or 5 for csat, got "4"']);
  });

  it.each([
    ['csat', 3],
    ['csat', 5],
    ['ces', 5],
    ['ces', 7],
    ['nps', 11],
  ])('keeps %s on %d points', (survey, scale) => {
    expect(check({ survey, scale })).toEqual({ options: { survey, scale }, reported: [] });
  });

  it('leaves a scale without a survey to be judged with the survey it is drawn for', () => {
    expect(check({ scale: 4 })).toEqual({ options: { scale: 4 }, reported: [] });
  });

  it('reports a bad survey alone: the scale cannot be judged against it', () => {
    expect(check({ survey: 'poll', scale: 4 }).reported).toEqual(['[hearken] survey must be one of nps, csat, ces, got "poll"']);
  });
});

/** Adds `<script src="/dist/hearken.js" …attributes>` (an endpoint unless given) and runs it, the full script there to arrive. */
const loadScript = (attributes: Record<string, string>, body = '') => runScriptTag({ 'data-endpoint': '/collect', ...attributes }, body);

const BAD = '[hearken] data-scale must be 3 or 5 for csat, got "4"';

describe('the script tag', () => {
  it.each([
    ['data-trigger="manual"', { 'data-trigger': 'manual' }],
    ['data-sample="0"', { 'data-sample': '0' }],
    ['a delay not yet over', { 'data-delay': '600000' }],
  ])('reports data-survey="csat" data-scale="4" once, with %s drawing no prompt', async (_, rules) => {
    await loadScript({ 'data-survey': 'csat', 'data-scale': '4', ...rules });
    expect(messages()).toEqual([BAD]);
    expect(hosts()).toHaveLength(0);
  });

  it('with data-consent="pending" (the page stays light, loading no checks): reports it once consent is given', async () => {
    await loadScript({ 'data-survey': 'csat', 'data-scale': '4', 'data-consent': 'pending', 'data-trigger': 'manual' });
    expect(messages()).toEqual([]);
    win.Hearken!.consent(true);
    await settle();
    expect(messages()).toEqual([BAD]);
    expect(hosts()).toHaveLength(0);
  });

  it('does not report it again when the prompt is drawn, on the default 5 points', async () => {
    await loadScript({ 'data-survey': 'csat', 'data-scale': '4', 'data-trigger': 'manual' });
    win.Hearken!.show();
    await settle();
    expect(radios()).toHaveLength(5);
    expect(messages()).toEqual([BAD]);
  });

  it('with several mounts taking its survey: one report, each mount drawn on 5 points', async () => {
    await loadScript({ 'data-survey': 'csat', 'data-scale': '4' }, '<div id="a" data-hearken></div><div id="b" data-hearken></div>');
    expect(radios(shadow(0, document.getElementById('a')!))).toHaveLength(5);
    expect(radios(shadow(0, document.getElementById('b')!))).toHaveLength(5);
    expect(messages()).toEqual([BAD]);
  });

  it("reports a mount's own data-hearken and data-scale once, before consent lets it show", async () => {
    await loadScript({ 'data-consent': 'pending' }, '<div data-hearken="csat" data-scale="4"></div>');
    expect(messages()).toEqual([BAD]);
    expect(hosts()).toHaveLength(0);
    win.Hearken!.consent(true);
    await settle();
    expect(radios()).toHaveLength(5);
    expect(messages()).toEqual([BAD]);
  });

  it("judges the script tag's data-scale against a mount's data-hearken when the mount is drawn", async () => {
    // Neither options name both: the check runs when the prompt is drawn, once for this one mount.
    await loadScript({ 'data-scale': '4' }, '<div data-hearken="csat"></div>');
    expect(radios()).toHaveLength(5);
    expect(messages()).toEqual([BAD]);
  });
});

describe('JavaScript options', () => {
  // Fresh modules per test: a fresh page view, whose one prompt is free.
  let createWidget: typeof import('../../src/widget/index').createWidget;
  beforeEach(async () => {
    vi.resetModules();
    ({ createWidget } = await import('../../src/widget/index'));
  });
  const widget = (options: Record<string, unknown>) => {
    const w = createWidget(options, { describe: describeBad, loadKit: () => Promise.resolve(kit), loadDelivery: unusedDeliveryCode, delivery: fakeDelivery().delivery }).api;
    widgets.push(w);
    return w;
  };

  it('createHearken({ survey, scale }) reports at creation, and not again when drawn', async () => {
    const w = widget({ survey: 'ces', scale: 10, trigger: 'manual' });
    expect(messages()).toEqual(['[hearken] scale must be 5 or 7 for ces, got "10"']);
    w.show();
    await settle();
    expect(radios()).toHaveLength(7);
    expect(messages()).toHaveLength(1);
  });

  it('show(survey, { scale }) reports even when the rules show nothing', async () => {
    const w = widget({ sample: 0 });
    w.show('csat', { scale: 4 });
    await settle();
    expect(hosts()).toHaveLength(0);
    expect(messages()).toEqual(['[hearken] scale must be 3 or 5 for csat, got "4"']);
  });

  it("a bad scale of show() falls back to the survey's default, not to the widget's scale", async () => {
    const w = widget({ survey: 'ces', scale: 5, trigger: 'manual' });
    w.show('csat', { scale: 7 });
    await settle();
    expect(radios()).toHaveLength(5);
    expect(messages()).toEqual(['[hearken] scale must be 3 or 5 for csat, got "7"']);
  });
});

describe('<hearken-survey>', () => {
  defineHearkenElement('scale-survey');

  it('reports survey="csat" scale="4" once, naming the bare attribute', async () => {
    document.body.insertAdjacentHTML('beforeend', '<scale-survey survey="csat" scale="4" endpoint="/c"></scale-survey>');
    await vi.waitFor(() => expect(hosts(document.querySelector('scale-survey')!)).toHaveLength(1));
    await settle();
    expect(radios()).toHaveLength(5);
    expect(messages()).toEqual(['[hearken] scale must be 3 or 5 for csat, got "4"']);
    // removed here, not by the page's teardown: its widget is destroyed in a microtask, while the window still is
    document.querySelector('scale-survey')!.remove();
    await settle();
  });
});
