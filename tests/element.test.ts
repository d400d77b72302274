// @vitest-environment jsdom
/**
 * `<hearken-survey>` (src/element.ts through defineHearkenElement of the npm entry) in jsdom: the
 * prompt renders inside the element, its events are CustomEvents on the element, and bad attributes
 * are reported by their bare names. fetch is faked; the UI chunk is the real dynamic import.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../src/surveys/types';
import { defineHearkenElement } from '../src/esm';
import { button, captureErrors, dialogName, hosts, pick, resetPage, settle, shadow } from './dom';

let errors: ReturnType<typeof captureErrors>;
let posts: { url: string; answers: Answer[] }[];

beforeEach(() => {
  resetPage();
  errors = captureErrors();
  posts = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init: RequestInit) => {
      posts.push({ url, answers: (JSON.parse(String(init.body)) as { answers: Answer[] }).answers });
      return new Response('{"ok":true}', { status: 200 });
    }),
  );
});

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

defineHearkenElement();
defineHearkenElement('acme-survey', { brand: 'Acme', endpoint: '/defaults' });

const EVENTS = ['show', 'answer', 'dismiss', 'review', 'sent', 'drop', 'error'];

/** Puts `html` (one element) in the page and records the events dispatched on it. */
async function place(html: string) {
  document.body.insertAdjacentHTML('beforeend', html);
  const el = document.body.lastElementChild as HTMLElement;
  const events: CustomEvent[] = [];
  for (const name of EVENTS) el.addEventListener(name, (e) => void events.push(e as CustomEvent));
  await vi.waitFor(() => expect(hosts(el)).toHaveLength(1));
  await settle();
  return { el, events, root: shadow(0, el) };
}

const named = (events: CustomEvent[], name: string) => events.filter((e) => e.type == name).map((e) => e.detail);

describe('<hearken-survey>', () => {
  it('renders inside itself, dispatches show and answer (with the record in detail) and posts to its endpoint', async () => {
    const { el, events, root } = await place('<hearken-survey survey="ces" endpoint="/c" touchpoint="support" task="return an item" meta-case="42"></hearken-survey>');
    expect(hosts()).toEqual(hosts(el));
    expect(dialogName(root)).toBe('It was easy to return an item.');
    expect(root.querySelectorAll('[role=radio]')).toHaveLength(7);
    expect(named(events, 'show')).toEqual([{ survey: 'ces', touchpoint: 'support' }]);

    await pick(6, root);
    // the steps after the score are a chunk imported once the question is on screen
    await vi.waitFor(() => expect(root.querySelector('textarea')).not.toBeNull());
    root.querySelector('textarea')!.value = 'Clear label';
    button('Send', root).click();
    await vi.waitFor(() => expect(named(events, 'sent')).toHaveLength(1));
    const [answer] = named(events, 'answer') as Answer[];
    expect(answer).toMatchObject({ survey: 'ces', score: 6, scale: { min: 1, max: 7 }, segment: 'easy', comment: 'Clear label', touchpoint: 'support', meta: { case: '42' } });
    expect(events.find((e) => e.type == 'answer')).toBeInstanceOf(CustomEvent);
    expect(posts).toEqual([{ url: location.origin + '/c', answers: [answer] }]);
    expect(named(events, 'sent')).toEqual([{ answers: [answer] }]);
    expect(errors).not.toHaveBeenCalled();
  });

  it('dispatches review when the review link of the thank-you is clicked', async () => {
    const { events, root } = await place('<hearken-survey survey="csat" endpoint="/c" touchpoint="checkout" review-url="https://reviews.example/acme"></hearken-survey>');
    await pick(1, root);
    await vi.waitFor(() => button('Skip', root));
    button('Skip', root).click();
    await vi.waitFor(() => expect(root.querySelector('a')).not.toBeNull());
    const link = root.querySelector('a')!;
    link.addEventListener('click', (e) => e.preventDefault());
    link.click();
    expect(named(events, 'review')).toEqual([{ survey: 'csat', touchpoint: 'checkout', url: 'https://reviews.example/acme' }]);
  });

  it('dispatches dismiss when closed before a score', async () => {
    const { events, root } = await place('<hearken-survey survey="nps" endpoint="/c"></hearken-survey>');
    button('Close', root).click();
    await settle();
    expect(named(events, 'dismiss')).toEqual([{ survey: 'nps', touchpoint: undefined }]);
    expect(named(events, 'answer')).toEqual([]);
  });

  it('takes the defaults given to defineHearkenElement, under its own attributes', async () => {
    const { root } = await place('<acme-survey survey="csat" subject="your delivery" scale="3"></acme-survey>');
    expect(dialogName(root)).toBe('How satisfied are you with your delivery?');
    await pick(3, root);
    await vi.waitFor(() => button('Skip', root));
    button('Skip', root).click();
    await vi.waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]!.url).toBe(location.origin + '/defaults');
    expect(posts[0]!.answers[0]).toMatchObject({ survey: 'csat', score: 3, scale: { min: 1, max: 3 }, segment: 'satisfied' });
  });

  it('removing the element removes its prompt', async () => {
    const { el } = await place('<hearken-survey survey="nps" endpoint="/c"></hearken-survey>');
    el.remove();
    // in the microtask after: the element's code is a chunk, called back through a promise
    await settle();
    expect(el.querySelector('hearken-prompt')).toBeNull();
  });

  it.each([
    ['<hearken-survey survey="csat" scale="9" endpoint="/c"></hearken-survey>', '[hearken] scale must be 3 or 5 for csat, got "9"', 5],
    ['<hearken-survey survey="nps" delay="soon" endpoint="/c"></hearken-survey>', '[hearken] delay must be a number of milliseconds, got "soon"', 11],
    ['<hearken-survey survey="ces" position="top" endpoint="/c"></hearken-survey>', '[hearken] position must be one of bottom-right, bottom-left, bottom, center, got "top"', 7],
  ])('%s: one console.error naming the bare attribute', async (html, message, drawn) => {
    const { root } = await place(html);
    expect(errors.mock.calls).toEqual([[message]]);
    expect(root.querySelectorAll('[role=radio]')).toHaveLength(drawn);
  });

  it.each([
    ['<hearken-survey survey="poll" endpoint="/c"></hearken-survey>', '[hearken] survey must be one of nps, csat, ces, got "poll"'],
    ['<hearken-survey survey="nps" endpoint="ftp://example.com/c"></hearken-survey>', '[hearken] endpoint must be an http(s) URL, got "ftp://example.com/c"'],
    ['<hearken-survey survey="nps"></hearken-survey>', '[hearken] endpoint is required (the http(s) URL answers are sent to), got ""'],
  ])('%s: one console.error, nothing thrown, no prompt', async (html, message) => {
    const onError = vi.fn();
    window.addEventListener('error', onError);
    document.body.insertAdjacentHTML('beforeend', html);
    await settle();
    window.removeEventListener('error', onError);
    expect(onError).not.toHaveBeenCalled();
    expect(errors.mock.calls).toEqual([[message]]);
    expect(document.querySelectorAll('hearken-prompt')).toHaveLength(0);
  });
});
