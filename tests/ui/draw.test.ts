// @vitest-environment jsdom
/**
 * A question-first prompt (src/ui/draw.ts): the question is drawn without the later steps; they are fetched once
 * the question is on screen (the task after the next frame), or at once when a score is picked before then; the
 * picked score is never lost, and a follow-up file that cannot load still ends in the score committed and thanks.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LaterLoader, LaterPart } from '../../src/ui/types';
import { drawPrompt } from '../../src/ui/draw';
import { laterSteps } from '../../src/ui/later-steps';
import { button, dialogName, model, radios, settle, shadow, spies, texts } from '../dom';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame'] });
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** Later steps that arrive when the test says (`arrive`), or fail (`fail`); `load` counts the fetches. */
function deferred(model: Partial<LaterPart['model']> = {}) {
  let arrive!: () => void;
  let fail!: () => void;
  let here: LaterPart | undefined;
  const load = vi.fn(
    () =>
      new Promise<LaterPart>((resolve, reject) => {
        arrive = () => resolve((here = { steps: laterSteps, model }));
        fail = () => reject(new Error('could not load hearken-follow-up.js'));
      }),
  );
  const later: LaterLoader = { ready: () => here, load };
  return { later, load, arrive: () => arrive(), fail: () => fail() };
}

/** The frame that shows the question, then the task after it (a zero timeout set in a frame callback: 1 ms here). */
function paint() {
  vi.advanceTimersToNextFrame();
  vi.advanceTimersByTime(1);
}

describe('a question-first prompt', () => {
  it('draws the question with its scale, close button and live region before the later steps are fetched', () => {
    const { later, load } = deferred();
    drawPrompt(document.body, model(), spies(), document, later);
    expect(dialogName()).toBe(texts.npsQuestion);
    expect(radios()).toHaveLength(11);
    expect(button('Close')).toBeTruthy();
    expect(shadow().querySelector('[aria-live=polite]')).not.toBeNull();
    expect(load).not.toHaveBeenCalled();
    paint();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('measures the bottom bars in the frame that first shows a floating prompt, not in the task that drew it', () => {
    const { later } = deferred();
    const measure = vi.fn(() => [] as Element[]);
    Object.defineProperty(document, 'elementsFromPoint', { configurable: true, value: measure });
    try {
      drawPrompt(document.body, model(), spies(), document, later);
      const host = document.querySelector('hearken-prompt') as HTMLElement;
      expect(measure).not.toHaveBeenCalled();
      vi.advanceTimersToNextFrame();
      expect(measure).toHaveBeenCalled();
      // no bar: nothing to write (the stylesheet's 0 px)
      expect(host.style.getPropertyValue('--hearken-offset')).toBe('');
    } finally {
      delete (document as { elementsFromPoint?: unknown }).elementsFromPoint;
    }
  });

  it('shows the comment step at once for a score picked after the later steps arrived, with their stylesheet', async () => {
    const { later, arrive } = deferred({ contactPurpose: 'So we can fix it' });
    const calls = spies();
    drawPrompt(document.body, model({ contact: () => ['email'] }), calls, document, later);
    paint();
    const sheets = () => (shadow() as unknown as { adoptedStyleSheets: CSSStyleSheet[] }).adoptedStyleSheets.length;
    expect(sheets()).toBe(1);
    arrive();
    await settle();
    expect(sheets()).toBe(2);
    radios()[3]!.click();
    await settle();
    expect(calls.onScore).toHaveBeenCalledWith(3);
    expect(shadow().activeElement).toBe(shadow().querySelector('textarea'));
    expect(dialogName()).toBe(texts.followUpNegative);
    // what the later steps added to the model is drawn
    expect(shadow().textContent).toContain('So we can fix it');
    button('Send').click();
    expect(calls.onComment).toHaveBeenCalledWith(undefined);
  });

  it('keeps a score picked before the later steps arrived, fetches them at once, and moves on when they do', async () => {
    const { later, load, arrive } = deferred();
    const calls = spies();
    drawPrompt(document.body, model(), calls, document, later);
    radios()[9]!.focus();
    radios()[9]!.click();
    await settle();
    // the widget has the score (it commits it if the page is left now), and focus stays in the prompt
    expect(calls.onScore).toHaveBeenCalledWith(9);
    expect(load).toHaveBeenCalledTimes(1);
    expect(radios()[9]!.getAttribute('aria-checked')).toBe('true');
    expect(shadow().activeElement).toBe(button('Close'));
    radios()[2]!.click();
    expect(calls.onScore).toHaveBeenCalledTimes(1);
    paint();
    expect(load).toHaveBeenCalledTimes(1);
    arrive();
    await settle();
    expect(dialogName()).toBe(texts.followUpPositive);
    expect(shadow().activeElement).toBe(shadow().querySelector('textarea'));
    shadow().querySelector('textarea')!.value = 'Great';
    button('Send').click();
    expect(calls.onComment).toHaveBeenCalledWith('Great');
    await settle();
    expect(shadow().querySelector('[aria-live=polite]')!.textContent).toBe(`${texts.thanks} ${texts.thanksDetail}`);
  });

  it('closed while the later steps are on their way: closed at the comment step (answered, not dismissed), and stays closed', async () => {
    const { later, arrive } = deferred();
    const calls = spies();
    drawPrompt(document.body, model(), calls, document, later);
    radios()[5]!.click();
    button('Close').click();
    expect(calls.onClose).toHaveBeenCalledWith('comment');
    arrive();
    await settle();
    expect(shadow().querySelector('[role=dialog]')).toBeNull();
  });

  it('commits the score alone and thanks when the later steps cannot be had', async () => {
    const { later, fail } = deferred();
    const calls = spies();
    drawPrompt(document.body, model(), calls, document, later);
    radios()[7]!.click();
    fail();
    await settle();
    expect(calls.onComment.mock.calls).toEqual([[undefined]]);
    expect(dialogName()).toBe(texts.thanks);
    expect(shadow().querySelector('[aria-live=polite]')!.textContent).toBe(`${texts.thanks} ${texts.thanksDetail}`);
    vi.advanceTimersByTime(4000);
    expect(calls.onClose).toHaveBeenCalledWith('auto');
  });

  it('a score picked after the later steps failed to load tries them once more, then commits the score alone', async () => {
    const { later, load, fail } = deferred();
    const calls = spies();
    drawPrompt(document.body, model(), calls, document, later);
    paint();
    fail();
    await settle();
    radios()[0]!.click();
    expect(load).toHaveBeenCalledTimes(2);
    fail();
    await settle();
    expect(calls.onComment.mock.calls).toEqual([[undefined]]);
    expect(dialogName()).toBe(texts.thanks);
  });

  it('a load cut short (the page left and back) is tried again at the score, and the comment step follows', async () => {
    const { later, load, fail, arrive } = deferred();
    const calls = spies();
    drawPrompt(document.body, model(), calls, document, later);
    paint();
    fail();
    await settle();
    radios()[10]!.click();
    arrive();
    await settle();
    expect(load).toHaveBeenCalledTimes(2);
    expect(calls.onComment).not.toHaveBeenCalled();
    expect(dialogName()).toBe(texts.followUpPositive);
  });

  it('thanks a prompt whose score the widget committed while the later steps were on their way', async () => {
    const { later } = deferred();
    const handle = drawPrompt(document.body, model(), spies(), document, later);
    radios()[10]!.click();
    handle.thank();
    await settle();
    expect(dialogName()).toBe(texts.thanks);
  });
});
