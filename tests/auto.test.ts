// @vitest-environment jsdom
/**
 * The script-tag entry in jsdom: a `<script data-*>` element is made the current script and the modules
 * imported fresh, as a browser runs dist/hearken.js (src/auto.ts) and then dist/hearken-core.js (src/core.ts).
 * The full script and the kit are preset on `window.__hearkenCore` and `window.__hearkenKit` (the loader's
 * <script> elements do not run in jsdom) and fetch is faked.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../src/surveys/types';
import type { Hearken } from '../src/widget/index';
import { kit } from '../src/ui/kit';
import { VERSION } from '../src/version';
import { button, captureErrors, dialogName, hosts, pick, resetPage, runScriptTag, settle, shadow } from './dom';

type Global = Window & { Hearken?: Hearken & { version: string }; __hearkenKit?: unknown };
const win = window as unknown as Global;

let errors: ReturnType<typeof captureErrors>;
let warnings: ReturnType<typeof vi.spyOn>;
let posted: Answer[][];

beforeEach(() => {
  resetPage();
  win.__hearkenKit = () => kit;
  errors = captureErrors();
  warnings = vi.spyOn(console, 'warn').mockImplementation(() => {});
  posted = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      posted.push((JSON.parse(String(init.body)) as { answers: Answer[] }).answers);
      return new Response('{"ok":true}', { status: 200, headers: { 'Content-Type': 'application/json' } });
    }),
  );
});

afterEach(() => {
  win.Hearken?.destroy();
  delete win.Hearken;
  delete (document as { currentScript?: unknown }).currentScript;
  delete (document as { readyState?: unknown }).readyState;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Adds `<script src="/dist/hearken.js" …attributes>` and runs it, the full script there to arrive. */
const loadScript = runScriptTag;

/** Sends the open prompt's answer (score, optional comment) and waits for the POST. */
async function answer(score: number, comment?: string, root: ShadowRoot = shadow()) {
  await pick(score, root);
  if (comment) root.querySelector('textarea')!.value = comment;
  button(comment ? 'Send' : 'Skip', root).click();
  await vi.waitFor(() => expect(posted.length).toBeGreaterThan(0));
  return posted.flat();
}

describe('the script tag', () => {
  // First in the file: the script defines <hearken-survey> once per window, bound to the first widget.
  it('defines <hearken-survey>, which renders inside itself, shares the outbox, and leaves the floating prompt its turn', async () => {
    await loadScript(
      { 'data-endpoint': '/collect', 'data-survey': 'nps', 'data-brand': 'Acme' },
      '<hearken-survey survey="csat" touchpoint="delivery"></hearken-survey>',
    );
    const element = document.querySelector('hearken-survey')!;
    await vi.waitFor(() => expect(hosts()).toHaveLength(2));
    const inside = shadow(0, element);
    expect(inside.querySelectorAll('[role=radio]')).toHaveLength(5);
    const floating = hosts().find((h) => h.parentElement == document.body)!;
    expect(floating.shadowRoot!.querySelectorAll('[role=radio]')).toHaveLength(11);
    const answers: Answer[] = [];
    element.addEventListener('answer', (e) => void answers.push((e as CustomEvent<Answer>).detail));
    const [sent] = await answer(4, undefined, inside);
    expect(sent).toMatchObject({ survey: 'csat', score: 4, touchpoint: 'delivery' });
    expect(answers).toEqual([sent]);
    expect(vi.mocked(fetch).mock.calls[0]![0]).toBe(location.origin + '/collect');
    expect(errors).not.toHaveBeenCalled();
  });

  it('sets window.Hearken with the API and version, shows the survey of data-survey and posts a full answer', async () => {
    await loadScript({
      'data-endpoint': '/collect',
      'data-survey': 'nps',
      'data-brand': 'Acme',
      'data-touchpoint': 'checkout',
      'data-meta-plan': 'pro',
      'data-meta-order-id': 'NW-1',
    });
    const api = win.Hearken!;
    expect(api.version).toBe(VERSION);
    for (const name of ['show', 'hide', 'on', 'identify', 'track', 'consent', 'flush', 'destroy'] as const)
      expect(typeof api[name]).toBe('function');
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(dialogName()).toBe('How likely are you to recommend Acme to a friend or colleague?');
    const [sent] = await answer(9, 'Quick checkout');
    expect(sent).toMatchObject({
      survey: 'nps',
      score: 9,
      segment: 'promoter',
      comment: 'Quick checkout',
      touchpoint: 'checkout',
      meta: { plan: 'pro', orderId: 'NW-1' },
      widget: 'hearken/' + VERSION,
    });
    expect(vi.mocked(fetch).mock.calls[0]![0]).toBe(location.origin + '/collect');
    expect(errors).not.toHaveBeenCalled();
  });

  it('asks NPS on load without data-survey, and data-trigger="manual" waits for show()', async () => {
    await loadScript({ 'data-endpoint': '/collect' });
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(shadow().querySelectorAll('[role=radio]')).toHaveLength(11);
    win.Hearken!.destroy();
    delete win.Hearken;
    resetPage();

    // the full script's starts, counted (its module sets its start when imported)
    let starts = 0;
    let start: ((loaded: unknown) => unknown) | undefined;
    Object.defineProperty(window, '__hearkenCore', { configurable: true, get: () => start && ((loaded: unknown) => (starts++, start!(loaded))), set: (fn) => void (start = fn) });
    try {
      await loadScript({ 'data-endpoint': '/collect', 'data-survey': 'ces', 'data-trigger': 'manual' });
      // a first page view: the attributes were checked (hearken-checks.js remembered them); no prompt, no full script
      await vi.waitFor(() => expect(localStorage.getItem('hearken:checked')).toBeTruthy());
      await settle();
      expect([hosts().length, starts]).toEqual([0, 0]);
      win.Hearken!.show();
      await settle();
      expect(shadow().querySelectorAll('[role=radio]')).toHaveLength(7);
      expect(starts).toBe(1);
    } finally {
      delete (window as { __hearkenCore?: unknown }).__hearkenCore;
    }
  });

  // <script src=hearken.js data-on-event="purchase"></script><script>dispatchEvent(new CustomEvent('purchase'))</script>
  it('data-on-event: the event dispatched while the page is still parsing shows the prompt, once', async () => {
    Object.defineProperty(document, 'readyState', { value: 'loading', configurable: true });
    await loadScript({ 'data-endpoint': '/collect', 'data-on-event': 'purchase' });
    const shows: unknown[] = [];
    win.Hearken!.on('show', (s) => void shows.push(s));
    window.dispatchEvent(new CustomEvent('purchase'));
    delete (document as { readyState?: unknown }).readyState;
    document.dispatchEvent(new Event('DOMContentLoaded'));
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    await settle();
    expect(shows).toEqual([{ survey: 'nps', touchpoint: undefined }]);
  });

  it('does nothing more when loaded twice: one widget, one warning', async () => {
    await loadScript({ 'data-endpoint': '/collect', 'data-survey': 'nps' });
    const first = win.Hearken;
    await loadScript({ 'data-endpoint': '/collect', 'data-survey': 'csat' });
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(win.Hearken).toBe(first);
    expect(warnings.mock.calls).toEqual([['[hearken] loaded twice: this copy does nothing']]);
    expect(shadow().querySelectorAll('[role=radio]')).toHaveLength(11);
  });
});

describe('bad attributes', () => {
  it.each([
    [{ 'data-survey': 'xyz' }, '[hearken] data-survey must be one of nps, csat, ces, got "xyz"'],
    [{ 'data-survey': 'nps', 'data-delay': 'soon' }, '[hearken] data-delay must be a number of milliseconds, got "soon"'],
    [{ 'data-survey': 'nps', 'data-endpoint': 'ftp://example.com/c' }, '[hearken] data-endpoint must be an http(s) URL, got "ftp://example.com/c"'],
    [{ 'data-survey': 'csat', 'data-scale': '4' }, '[hearken] data-scale must be 3 or 5 for csat, got "4"'],
    [{ 'data-survey': 'csat', 'data-scale': 'ten' }, '[hearken] data-scale must be a number of points (NPS 11, CSAT 3 or 5, CES 5 or 7), got "ten"'],
    [{ 'data-survey': 'nps', 'data-sample': '150%' }, '[hearken] data-sample must be a share of visitors from 0 to 1, got "150%"'],
    [{ 'data-survey': 'nps', 'data-theme': 'neon' }, '[hearken] data-theme must be one of light, dark, auto, got "neon"'],
    [{ 'data-survey': 'nps', 'data-accent': 'url(x)' }, '[hearken] data-accent must be a CSS colour, got "url(x)"'],
  ])('%o: exactly one console.error naming the attribute and the value, nothing thrown', async (attributes, message) => {
    const onError = vi.fn();
    window.addEventListener('error', onError);
    await loadScript({ 'data-endpoint': '/collect', ...attributes });
    // the rules start in the task after the script's: wait for the report, then let any prompt be drawn
    await vi.waitFor(() => expect(errors.mock.calls.length).toBeGreaterThan(0));
    await settle();
    window.removeEventListener('error', onError);
    expect(errors.mock.calls).toEqual([[message]]);
    expect(onError).not.toHaveBeenCalled();
    expect(win.Hearken).toBeDefined();
  });

  it.each(['poll', 'npss', ''])('a refused data-survey %j is reported, and the tag asks NPS with the rest of its attributes', async (survey) => {
    await loadScript({ 'data-endpoint': '/collect', 'data-survey': survey, 'data-touchpoint': 'checkout' });
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(shadow().querySelectorAll('[role=radio]')).toHaveLength(11);
    expect(errors.mock.calls).toHaveLength(1);
    expect(errors.mock.calls[0]![0]).toMatch(/^\[hearken\] data-survey must be one of nps, csat, ces, got /);
    const [sent] = await answer(3);
    expect(sent).toMatchObject({ survey: 'nps', touchpoint: 'checkout' });
  });

  it('a script tag without data-endpoint says it is required', async () => {
    await loadScript({ 'data-survey': 'nps' });
    expect(errors.mock.calls).toEqual([['[hearken] data-endpoint is required (the http(s) URL answers are sent to), got ""']]);
    expect(hosts()).toHaveLength(0);
  });
});

describe('inline mounts', () => {
  it('takes data-hearken in any case and trimmed, and suggests what a near miss meant', async () => {
    await loadScript({ 'data-endpoint': '/collect' }, '<div id="a" data-hearken=" CSAT "></div><div id="b" data-hearken="npss"></div>');
    expect(errors.mock.calls).toEqual([['[hearken] data-hearken must be one of nps, csat, ces, got "npss"; did you mean "nps"?']]);
    expect(shadow(0, document.getElementById('a')!).querySelectorAll('[role=radio]')).toHaveLength(5);
    expect(hosts(document.getElementById('b')!)).toHaveLength(0);
  });

  it('renders [data-hearken] inside its element, with its own attributes and the page meta', async () => {
    await loadScript(
      { 'data-endpoint': '/collect', 'data-brand': 'Northwind', 'data-meta-plan': 'pro' },
      '<section id="fb"><div data-hearken="csat" data-touchpoint="checkout" data-question="How was checkout?" data-meta-order-id="NW-10482"></div></section>',
    );
    const mount = document.querySelector<HTMLElement>('[data-hearken]')!;
    expect(hosts()).toHaveLength(1);
    expect(hosts()[0]!.parentElement).toBe(mount);
    const root = shadow(0, mount);
    expect(dialogName(root)).toBe('How was checkout?');
    expect(root.querySelectorAll('[role=radio]')).toHaveLength(5);
    const [sent] = await answer(5, undefined, root);
    expect(sent).toMatchObject({ survey: 'csat', score: 5, touchpoint: 'checkout', question: 'How was checkout?', meta: { plan: 'pro', orderId: 'NW-10482' } });
  });

  it('renders several mounts, reports a bad one naming data-hearken, and asks nothing floating', async () => {
    await loadScript(
      { 'data-endpoint': '/collect' },
      '<div id="a" data-hearken="ces" data-scale="5"></div><div id="b" data-hearken="poll"></div><div id="c" data-hearken></div>',
    );
    expect(errors.mock.calls).toEqual([['[hearken] data-hearken must be one of nps, csat, ces, got "poll"']]);
    expect(hosts(document.getElementById('a')!)).toHaveLength(1);
    expect(hosts(document.getElementById('b')!)).toHaveLength(0);
    // an empty data-hearken takes the script's survey, NPS by default
    expect(shadow(0, document.getElementById('c')!).querySelectorAll('[role=radio]')).toHaveLength(11);
    expect(hosts()).toHaveLength(2);
  });
});
