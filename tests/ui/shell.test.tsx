// @vitest-environment jsdom
/**
 * The prompt dialog (src/ui/shell.ts, driven by draw.ts): its steps from question to comment to thank-you,
 * closing at each step, and where focus goes.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPrompt } from '../../src/ui/render';
import { model, press, radios, settle, shadow, spies, texts } from '../dom';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

const button = (name: string) =>
  [...shadow().querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') || b.textContent) == name)!;
const dialog = () => shadow().querySelector('[role=dialog]');

/** Renders a prompt and picks `score`; resolves at the comment step. */
async function atComment(score = 3, over = {}) {
  const calls = spies();
  const handle = renderPrompt(document.body, model(over), calls);
  radios()[score]!.click();
  await settle();
  return { calls, handle };
}

describe('prompt steps', () => {
  it('asks the follow-up for the score and focuses the comment box', async () => {
    await atComment(3);
    const area = shadow().querySelector('textarea')!;
    expect(shadow().activeElement).toBe(area);
    expect(area.placeholder).toBe(texts.commentPlaceholder);
    const label = shadow().querySelector(`label[for="${area.id}"]`)!;
    expect(label.textContent).toBe(texts.followUpNegative);
    expect(dialog()!.getAttribute('aria-labelledby')).toBe(label.id);
  });

  it('sends the trimmed comment, then thanks', async () => {
    const { calls } = await atComment(9);
    shadow().querySelector('textarea')!.value = '  Great service \n';
    button('Send').click();
    expect(calls.onComment).toHaveBeenCalledWith('Great service');
    await settle();
    expect(shadow().textContent).toContain(texts.thanks);
    expect(shadow().querySelector('[aria-live=polite]')!.textContent).toBe(`${texts.thanks} ${texts.thanksDetail}`);
  });

  it('shows the thank-you only once the answer is stored', async () => {
    const calls = spies();
    let stored!: () => void;
    calls.onComment.mockReturnValue(new Promise<void>((resolve) => (stored = resolve)));
    renderPrompt(document.body, model(), calls);
    radios()[4]!.click();
    await settle();
    button('Send').click();
    button('Send').click();
    await settle();
    expect(shadow().textContent).not.toContain(texts.thanks);
    expect(calls.onComment).toHaveBeenCalledTimes(1);
    stored();
    await settle();
    expect(shadow().textContent).toContain(texts.thanks);
  });

  it('sends a blank comment as undefined', async () => {
    const { calls } = await atComment();
    shadow().querySelector('textarea')!.value = '   ';
    button('Send').click();
    expect(calls.onComment).toHaveBeenCalledWith(undefined);
  });

  it('skips with undefined, even with a draft', async () => {
    const { calls } = await atComment();
    shadow().querySelector('textarea')!.value = 'draft';
    button('Skip').click();
    button('Skip')?.click();
    expect(calls.onComment).toHaveBeenCalledTimes(1);
    expect(calls.onComment).toHaveBeenCalledWith(undefined);
  });

  it('closes itself after autoCloseMs on the thank-you', async () => {
    const { calls } = await atComment(5, { autoCloseMs: 1500 });
    button('Skip').click();
    await settle();
    vi.advanceTimersByTime(1499);
    expect(calls.onClose).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(calls.onClose).toHaveBeenCalledWith('auto');
    await settle();
    expect(dialog()).toBeNull();
  });

  it('closes the thank-you after 4 s by default', async () => {
    const { calls } = await atComment();
    button('Skip').click();
    await settle();
    vi.advanceTimersByTime(3999);
    expect(calls.onClose).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(calls.onClose).toHaveBeenCalledWith('auto');
  });

  it.each(['question', 'comment', 'thanks'] as const)('closes at the %s step with the close button and with Escape', async (step) => {
    for (const how of ['button', 'Escape']) {
      const calls = spies();
      const handle = renderPrompt(document.body, model(), calls);
      if (step != 'question') radios()[8]!.click();
      await settle();
      if (step == 'thanks') button('Skip').click();
      await settle();
      const close = button('Close');
      if (how == 'button') close.click();
      else press(close, 'Escape');
      expect(calls.onClose).toHaveBeenCalledWith(step);
      await settle();
      expect(dialog()).toBeNull();
      vi.runAllTimers();
      expect(calls.onClose).toHaveBeenCalledTimes(1);
      handle.destroy();
    }
  });

  it('closes on Escape typed in the comment box', async () => {
    const { calls } = await atComment();
    press(shadow().querySelector('textarea')!, 'Escape');
    expect(calls.onClose).toHaveBeenCalledWith('comment');
    expect(calls.onComment).not.toHaveBeenCalled();
  });
});

describe('focus', () => {
  it('keeps focus in the prompt at the thank-you, then gives it back to where it was', async () => {
    const field = document.body.appendChild(document.createElement('input'));
    field.focus();
    renderPrompt(document.body, model(), spies());
    radios()[0]!.focus();
    press(radios()[0]!, 'Enter');
    await settle();
    button('Send').click();
    await settle();
    expect(shadow().activeElement).toBe(button('Close'));
    vi.runAllTimers();
    expect(document.activeElement).toBe(field);
  });

  it('falls back to the body when the previous element is gone', async () => {
    const field = document.body.appendChild(document.createElement('input'));
    field.focus();
    const { calls } = await atComment();
    field.remove();
    press(shadow().querySelector('textarea')!, 'Escape');
    expect(calls.onClose).toHaveBeenCalled();
    expect(document.activeElement).toBe(document.body);
    expect(shadow().activeElement).toBeNull();
  });

  it('leaves focus alone when it is outside the prompt', async () => {
    const handle = renderPrompt(document.body, model(), spies());
    const field = document.body.appendChild(document.createElement('input'));
    field.focus();
    handle.destroy();
    expect(document.activeElement).toBe(field);
  });
});
