// @vitest-environment jsdom
/**
 * A prompt of a question-first kit (src/ui/question-first.ts, through makeKit and the widget's openPrompt): the
 * question without the follow-up file; the loop options (reasons, contact, review link, scrubbing) once it is here;
 * and a file that cannot load: the score still committed, one [hearken] error.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/surveys/types';
import type { HearkenOptions } from '../../src/config/options';
import type { FollowUpKit } from '../../src/ui/follow-up-source';
import { makeKit } from '../../src/ui/kit';
import { followUpSource } from '../../src/ui/follow-up-source';
import { followUpKit } from '../../src/ui/follow-up-kit';
import { resolveQuestionFirst } from '../../src/ui/question-first';
import { openPrompt } from '../../src/widget/commit';
import type { Texts } from '../../src/i18n/types';
import { addTexts } from '../../src/i18n/texts';
import { LATER_KEYS } from '../../src/i18n/later-keys';
import { nb } from '../../src/i18n/locales/nb';
import { button, dialogName, labelled, radios, resetPage, settle, shadow } from '../dom';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
  resetPage();
});
afterEach(() => {
  vi.useRealTimers();
  resetPage();
});

/** A source whose file arrives (`arrive`) or fails (`fail`) when the test says. */
function controlled() {
  const waiting: { resolve(kit: FollowUpKit): void; reject(error: Error): void }[] = [];
  const fetch = vi.fn(() => new Promise<FollowUpKit>((resolve, reject) => waiting.push({ resolve, reject })));
  return {
    source: followUpSource(fetch),
    fetch,
    arrive: () => waiting.shift()!.resolve(followUpKit),
    fail: () => waiting.shift()!.reject(new Error('could not load http://shop.test/hearken-follow-up.js: copy hearken-follow-up.js beside hearken.js')),
  };
}

const LOOP: HearkenOptions = { survey: 'nps', brand: 'Acme', reasons: 'Price;Speed', contact: 'email', reviewUrl: 'https://reviews.test/acme', scrub: 'on' };

describe('resolveQuestionFirst', () => {
  it('resolves the question now, and the loop options (reported then) once the follow-up file is here', async () => {
    const { source, arrive } = controlled();
    const report = vi.fn();
    const prompt = resolveQuestionFirst(source, { ...LOOP, reviewUrl: 'http://reviews.test' }, ['en'], report);
    expect(prompt.question).toBe('How likely are you to recommend Acme to a friend or colleague?');
    expect([prompt.reasons(3), prompt.contact(3), prompt.review]).toEqual([[], [], undefined]);
    expect(report).not.toHaveBeenCalled();
    const loading = source.load(report);
    arrive();
    await loading;
    expect(prompt.reasons(3).map((r) => r.label)).toEqual(['Price', 'Speed']);
    expect(prompt.contact(3)).toEqual(['email']);
    expect(prompt.scrub('write to ann@example.com')).not.toContain('ann@example.com');
    expect(report.mock.calls).toEqual([['[hearken] reviewUrl must be an https: URL, got "http://reviews.test"']]);
  });
});

describe('resolveQuestionFirst with the later texts apart (the script tag: locales/<tag>-later.js)', () => {
  // Norwegian as the script tag loads it: the question's texts first, the later steps' with the follow-up file
  const part = (later: boolean) => Object.fromEntries(Object.entries(nb).filter(([key]) => LATER_KEYS.includes(key as keyof Texts) == later));

  it('has the later steps ready only once their texts are here too, filled and with the overrides of later keys', async () => {
    addTexts('nb', part(false));
    const { source, arrive } = controlled();
    const fetchLater = vi.fn(async (locale: string) => (locale == 'nb-later' ? part(true) : undefined));
    const report = vi.fn();
    const options = { ...LOOP, locale: 'nb', texts: { submit: 'Send inn nå' } };
    const prompt = resolveQuestionFirst(source, options, [], report, undefined, fetchLater);
    expect(prompt.texts.close).toBe(nb.close);
    // before: English's, where English's later texts are at hand (built in here), else none
    expect(prompt.texts.followUpNegative).toBe('What should we improve?');
    const loading = prompt.later.load();
    arrive();
    await source.load(report);
    expect(prompt.later.ready()).toBeUndefined();
    await loading;
    expect(fetchLater.mock.calls).toEqual([['nb-later']]);
    expect(prompt.later.ready()).toBeDefined();
    expect([prompt.texts.commentPlaceholder, prompt.texts.submit, prompt.followUp(3)]).toEqual([nb.commentPlaceholder, 'Send inn nå', nb.followUpNegative]);
    expect(prompt.contactPurpose).toBe(nb.contactPurpose);
    expect(report).not.toHaveBeenCalled();
  });
});

describe('a question-first kit', () => {
  /** Opens a prompt of `options` as the widget does: resolved and drawn by the kit, committed by openPrompt. */
  function open(kit: ReturnType<typeof makeKit>, options: HearkenOptions, report = vi.fn()) {
    const store = vi.fn((_answer: Answer) => Promise.resolve());
    const emit = vi.fn();
    const prompt = openPrompt({
      render: kit.renderPrompt,
      window,
      prompt: kit.resolvePrompt(options, ['en'], report),
      options,
      store,
      identity: () => ({ visitorId: 'visitor-1', traits: {} }),
      emit,
      onEnd: vi.fn(),
    });
    return { prompt, store, emit, report };
  }

  it('draws the question without the follow-up file, fetches it once the question is on screen, then asks reasons and sends a scrubbed comment', async () => {
    const { source, fetch, arrive } = controlled();
    const kit = makeKit(vi.fn(), source);
    const p = open(kit, LOOP);
    expect(dialogName()).toBe('How likely are you to recommend Acme to a friend or colleague?');
    expect(fetch).not.toHaveBeenCalled();
    vi.advanceTimersToNextFrame();
    vi.advanceTimersByTime(1);
    expect(fetch).toHaveBeenCalledTimes(1);
    arrive();
    await settle();
    radios()[2]!.click();
    await settle();
    labelled('Price').click();
    shadow().querySelector('textarea')!.value = 'Call me at +1 415 555 0100';
    button('Send').click();
    await settle();
    expect(p.store.mock.calls[0]![0]).toMatchObject({ score: 2, reasons: ['price'] });
    expect(p.store.mock.calls[0]![0].comment).not.toContain('555');
    // the review link, offered to everyone who finished
    expect(shadow().querySelector('a')!.getAttribute('href')).toBe('https://reviews.test/acme');
    shadow().querySelector('a')!.click();
    expect(p.emit).toHaveBeenCalledWith('review', { survey: 'nps', touchpoint: undefined, url: 'https://reviews.test/acme' });
  });

  it('commits a score picked before the file arrived when the page is left meanwhile', async () => {
    const { source } = controlled();
    const p = open(makeKit(vi.fn(), source), LOOP);
    radios()[8]!.click();
    p.prompt.commitPending();
    await settle();
    expect(p.store.mock.calls.map((call) => call[0].score)).toEqual([8]);
    expect(dialogName()).toBe('Thank you!');
  });

  it('when the file cannot load: the score alone is committed, the visitor thanked, and one [hearken] error says what to copy', async () => {
    const { source, fail } = controlled();
    const report = vi.fn();
    const p = open(makeKit(vi.fn(), source), LOOP, report);
    radios()[6]!.click();
    fail();
    await settle();
    expect(p.store.mock.calls.map((call) => [call[0].score, call[0].comment])).toEqual([[6, undefined]]);
    expect(p.emit.mock.calls.map((call) => call[0])).toEqual(['answer']);
    expect(dialogName()).toBe('Thank you!');
    expect(report.mock.calls).toEqual([
      ['[hearken] could not load the steps after the score (could not load http://shop.test/hearken-follow-up.js: copy hearken-follow-up.js beside hearken.js); the score alone is kept'],
    ]);
  });

  it('yields (pause) between the texts and the drawing', async () => {
    const pause = vi.fn(() => Promise.resolve());
    const kit = makeKit(vi.fn(), controlled().source, pause);
    await kit.loadTexts({}, ['en'], vi.fn());
    expect(pause).toHaveBeenCalledTimes(1);
  });
});
