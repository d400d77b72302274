// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { atFollowUp, settle, shadow, texts } from '../dom';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const review = { url: 'https://reviews.example/northwind', label: 'Review us' };
const skip = () => [...shadow().querySelectorAll('button')].find((b) => b.textContent == texts.skip)!.click();

describe('the thank-you step', () => {
  it.each([0, 6, 8, 10])('offers the review link after a %i, opening in a new tab without the page', async (score) => {
    await atFollowUp(score, { review });
    skip();
    await settle();
    const link = shadow().querySelector('a')!;
    expect(link.href).toBe(review.url);
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
    // named with "opens in a new tab" for screen readers
    expect(link.textContent).toBe(`Review us↗ (${texts.newTab})`);
    expect(link.querySelector('.hk-visually-hidden')!.textContent).toBe(` (${texts.newTab})`);
  });

  it('with a review link, stays until it is closed (no auto-close)', async () => {
    const { calls } = await atFollowUp(9, { review, autoCloseMs: 1000 });
    skip();
    await settle();
    vi.advanceTimersByTime(60_000);
    expect(calls.onClose).not.toHaveBeenCalled();
    expect(shadow().querySelector('a')).not.toBeNull();
  });

  it('a click on the link reports it, then closes the prompt', async () => {
    const { calls } = await atFollowUp(3, { review });
    skip();
    await settle();
    shadow().querySelector('a')!.addEventListener('click', (e) => e.preventDefault());
    shadow().querySelector('a')!.click();
    expect(calls.onReview).toHaveBeenCalledTimes(1);
    vi.runAllTimers();
    expect(calls.onClose).toHaveBeenCalledWith('thanks');
    await settle();
    expect(shadow().querySelector('[role=dialog]')).toBeNull();
  });

  it('without a review link, has no link and closes itself as before', async () => {
    const { calls } = await atFollowUp(3);
    skip();
    await settle();
    expect(shadow().querySelector('a')).toBeNull();
    vi.advanceTimersByTime(4000);
    expect(calls.onClose).toHaveBeenCalledWith('auto');
  });
});
