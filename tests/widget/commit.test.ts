// @vitest-environment jsdom
/**
 * The at-most-one-answer rule (src/widget/commit.ts): one prompt, drawn by the real UI, and what the visitor's
 * clicks, closes and leaving the page turn into; and what the follow-up step adds to the answer record
 * (reasons, consented contact, the scrubbed comment) and the review event.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/surveys/types';
import type { HearkenEvents } from '../../src/widget/types';
import type { HearkenOptions } from '../../src/config/options';
import { openPrompt } from '../../src/widget/commit';
import { renderPrompt } from '../../src/ui/render';
import { resolvePrompt } from '../../src/config/resolve';
import { button, pick, radios, resetPage, settle, shadow } from '../dom';
import { kit } from '../../src/ui/kit';

describe('one answer per prompt', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetPage();
    history.replaceState(null, '', '/checkout?coupon=x#pay');
  });
  afterEach(() => {
    vi.useRealTimers();
    resetPage();
  });

  /** Opens a prompt of `options`; `stored` resolves the outbox writes when the test says so (at once by default). */
  function open(options: HearkenOptions = { survey: 'nps', brand: 'Acme' }, holdWrites = false) {
    const writes: (() => void)[] = [];
    const store = vi.fn((_answer: Answer) => (holdWrites ? new Promise<void>((resolve) => writes.push(resolve)) : Promise.resolve()));
    const emit = vi.fn();
    const onEnd = vi.fn();
    const prompt = openPrompt({
      render: renderPrompt,
      window,
      prompt: resolvePrompt(options, ['en'], () => {}),
      options,
      store,
      identity: () => ({ visitorId: 'visitor-1', userId: 'user-7', traits: { plan: 'pro' } }),
      emit,
      onEnd,
    });
    const answers = () => store.mock.calls.map((call) => call[0]);
    const events = (name: string) => emit.mock.calls.filter((call) => call[0] == name).map((call) => call[1]);
    return { prompt, store, emit, onEnd, answers, events, writes };
  }

  const comment = () => shadow().querySelector('textarea')!;

  describe('openPrompt', () => {
    it('turns a score and a comment into one full answer, announced once it is stored', async () => {
      const p = open({ survey: 'nps', brand: 'Acme', touchpoint: 'checkout', meta: { cart: '3' } }, true);
      radios()[9]!.click();
      await settle();
      comment().value = ' Fast checkout ';
      button('Send').click();
      button('Send').click();
      await settle();
      expect(p.answers()).toHaveLength(1);
      expect(p.answers()[0]).toMatchObject({
        survey: 'nps',
        score: 9,
        scale: { min: 0, max: 10 },
        segment: 'promoter',
        comment: 'Fast checkout',
        question: 'How likely are you to recommend Acme to a friend or colleague?',
        locale: 'en',
        touchpoint: 'checkout',
        page: 'http://localhost:3000/checkout',
        visitorId: 'visitor-1',
        userId: 'user-7',
        meta: { cart: '3', plan: 'pro' },
      });
      expect(p.events('answer')).toEqual([]);
      p.writes[0]!();
      await settle();
      expect(p.events('answer')).toEqual([p.answers()[0]]);
      expect(shadow().textContent).toContain('Thank you!');
    });

    it('skipping commits the score without the typed comment', async () => {
      const p = open();
      radios()[3]!.click();
      await settle();
      comment().value = 'never sent';
      button('Skip').click();
      await settle();
      expect(p.answers().map((a) => [a.score, a.segment, a.comment])).toEqual([[3, 'detractor', undefined]]);
    });

    it('closing after a score commits it, and is not a dismissal', async () => {
      const p = open();
      radios()[7]!.click();
      await settle();
      button('Close').click();
      await settle();
      expect(p.answers().map((a) => a.score)).toEqual([7]);
      expect(p.events('dismiss')).toEqual([]);
      expect(p.onEnd).toHaveBeenCalledWith(true, false);
      expect(document.querySelector('hearken-prompt')).toBeNull();
    });

    it('closing before a score is a dismissal, with no answer, told once', async () => {
      const p = open({ survey: 'csat', touchpoint: 'search' });
      button('Close').click();
      p.prompt.close();
      await settle();
      expect(p.store).not.toHaveBeenCalled();
      expect(p.events('dismiss')).toEqual([{ survey: 'csat', touchpoint: 'search' }]);
      expect(p.onEnd.mock.calls).toEqual([[false, true]]);
    });

    it('the thank-you closing by itself ends the prompt as answered', async () => {
      const p = open({ survey: 'nps', autoCloseMs: 1000 });
      radios()[10]!.click();
      await settle();
      button('Send').click();
      await settle();
      expect(p.onEnd).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1000);
      expect(p.onEnd.mock.calls).toEqual([[true, false]]);
    });

    it('leaving the page commits a picked score without the unsent draft, and thanks; only once', async () => {
      const p = open();
      radios()[8]!.click();
      await settle();
      comment().value = 'half-typed';
      p.prompt.commitPending();
      p.prompt.commitPending();
      await settle();
      expect(p.answers().map((a) => [a.score, a.comment])).toEqual([[8, undefined]]);
      expect(shadow().querySelector('textarea')).toBeNull();
      expect(shadow().textContent).toContain('Thank you!');
      // coming back and closing commits nothing more
      button('Close').click();
      expect(p.store).toHaveBeenCalledTimes(1);
    });

    it('leaving the page before a score commits nothing and leaves the question up', async () => {
      const p = open();
      p.prompt.commitPending();
      await settle();
      expect(p.store).not.toHaveBeenCalled();
      expect(radios()).toHaveLength(11);
    });

    it('a prompt removed by the page (hide(), consent withdrawn) is no dismissal, and still commits a picked score', async () => {
      const unanswered = open();
      unanswered.prompt.remove();
      expect([unanswered.events('dismiss'), unanswered.onEnd.mock.calls]).toEqual([[], [[false, false]]]);
      const answered = open();
      radios()[6]!.click();
      await settle();
      answered.prompt.remove();
      expect(answered.answers().map((a) => a.score)).toEqual([6]);
      expect(answered.onEnd.mock.calls).toEqual([[true, false]]);
    });

    it('draws inside the target of an inline prompt, and CSAT stars only for CSAT', () => {
      const target = document.body.appendChild(document.createElement('section'));
      open({ survey: 'csat', style: 'stars', target });
      expect(target.querySelector('hearken-prompt')).not.toBeNull();
      expect(radios(target.querySelector('hearken-prompt')!.shadowRoot!).map((r) => r.textContent)).toEqual(['★', '★', '★', '★', '★']);
      resetPage();
      open({ survey: 'ces', style: 'stars' });
      expect(radios().map((r) => r.textContent)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    });
  });

});

describe('what the follow-up step adds', () => {
  afterEach(() => {
    resetPage();
    vi.restoreAllMocks();
  });

  function open(options: HearkenOptions, userId?: string) {
    const stored: Answer[] = [];
    const events: { name: string; payload: unknown }[] = [];
    const report = vi.fn();
    const prompt = openPrompt({
      render: kit.renderPrompt,
      window,
      prompt: kit.resolvePrompt(options, ['en'], report),
      options,
      store: async (answer) => void stored.push(answer),
      identity: () => ({ visitorId: 'v-1', userId, traits: {} }),
      emit: <K extends keyof HearkenEvents>(name: K, payload: HearkenEvents[K]) => void events.push({ name, payload }),
      onEnd: vi.fn(),
    });
    return { prompt, stored, events, report };
  }

  const check = (text: string) => [...shadow().querySelectorAll('label')].find((l) => l.textContent == text)!.querySelector('input')!.click();
  const type = (selector: string, value: string) => {
    const el = shadow().querySelector<HTMLInputElement | HTMLTextAreaElement>(selector)!;
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const LOOP: HearkenOptions = { reasons: 'late=Delivery was late; Price', contact: 'email', touchpoint: 'checkout' };

  describe('the answer record', () => {
    it('gets the reasons picked, the consented contact and the comment scrubbed of personal data', async () => {
      const { stored, events } = open(LOOP);
      await pick(2);
      check('Delivery was late');
      check('Yes, you may contact me about this');
      await settle();
      type('#hk-contact-value', 'ann@example.com');
      type('textarea', 'Card 4111 1111 1111 1111 was charged twice, call +44 20 7946 0958');
      button('Send').click();
      await settle();
      expect(stored).toHaveLength(1);
      expect(stored[0]).toMatchObject({
        score: 2,
        segment: 'detractor',
        reasons: ['late'],
        contact: { consent: true, channel: 'email', value: 'ann@example.com' },
        comment: 'Card [card] was charged twice, call [phone]',
      });
      expect(events.filter((e) => e.name == 'answer').map((e) => e.payload)).toEqual(stored);
    });

    it('holds no contact data without consent, and no reasons or contact when none were given', async () => {
      const { stored } = open(LOOP);
      await pick(2);
      type('textarea', 'Late again');
      button('Send').click();
      await settle();
      expect(stored[0]!.comment).toBe('Late again');
      expect(stored[0]).not.toHaveProperty('contact');
      expect(stored[0]).not.toHaveProperty('reasons');
    });

    it('keeps the comment as typed with data-scrub="off"', async () => {
      const { stored } = open({ scrub: 'off' });
      await pick(9);
      type('textarea', 'Write to ann@example.com');
      button('Send').click();
      await settle();
      expect(stored[0]!.comment).toBe('Write to ann@example.com');
    });

    it('an identified visitor consents with no field: the channel, no value', async () => {
      const { stored } = open({ contact: 'phone' }, 'u-42');
      await pick(1);
      check('Yes, you may contact me about this');
      await settle();
      expect(shadow().querySelector('#hk-contact-value')).toBeNull();
      button('Send').click();
      await settle();
      expect(stored[0]).toMatchObject({ userId: 'u-42', contact: { consent: true, channel: 'phone' } });
      expect(stored[0]!.contact).not.toHaveProperty('value');
    });

    it('a page left at the follow-up commits the score alone (nothing was sent)', async () => {
      const { prompt, stored } = open(LOOP);
      await pick(2);
      check('Price');
      type('textarea', 'draft');
      prompt.commitPending();
      await settle();
      expect(stored[0]).not.toHaveProperty('reasons');
      expect(stored[0]).not.toHaveProperty('comment');
    });
  });

  describe('the review link', () => {
    it.each([2, 10])('is offered after a %i, and a click emits review', async (score) => {
      const { events } = open({ reviewUrl: 'https://reviews.example/northwind', touchpoint: 'checkout' });
      await pick(score);
      button('Skip').click();
      await settle();
      const link = shadow().querySelector('a')!;
      link.addEventListener('click', (e) => e.preventDefault());
      link.click();
      expect(events.filter((e) => e.name == 'review').map((e) => e.payload)).toEqual([{ survey: 'nps', touchpoint: 'checkout', url: 'https://reviews.example/northwind' }]);
    });
  });

});
