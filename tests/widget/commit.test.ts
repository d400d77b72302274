// @vitest-environment jsdom
/**
 * One prompt (src/widget/commit.ts) with the real UI kit: what the follow-up step adds to the answer record
 * (reasons, consented contact, the scrubbed comment) and the review event.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Answer, HearkenEvents } from '../../src/types';
import type { HearkenOptions } from '../../src/config/options';
import { openPrompt } from '../../src/widget/commit';
import { kit } from '../../src/ui/kit';
import { button, pick, resetPage, settle, shadow } from '../widget-helpers';

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
    type('#kv', 'ann@example.com');
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
    expect(shadow().querySelector('#kv')).toBeNull();
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
