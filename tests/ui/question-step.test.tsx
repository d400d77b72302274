// @vitest-environment jsdom
/**
 * The score scale of the question step (src/ui/question-step.ts): a radio group with one tab stop, arrows (mirrored right to left), Home/End,
 * and picking by key or click.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPrompt } from '../../src/ui/render';
import { model, press, radios, settle, shadow, spies } from '../dom';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** The index of the focused scale option, or -1. */
const focused = () => radios().indexOf(shadow().activeElement as HTMLButtonElement);

describe('scale keyboard', () => {
  it('moves focus with the arrows, wrapping, and moves the single tab stop along', async () => {
    const calls = spies();
    renderPrompt(document.body, model(), calls);
    radios()[0]!.focus();
    expect(press(radios()[0]!, 'ArrowRight').defaultPrevented).toBe(true);
    expect(focused()).toBe(1);
    press(radios()[1]!, 'ArrowDown');
    expect(focused()).toBe(2);
    press(radios()[2]!, 'ArrowUp');
    press(radios()[1]!, 'ArrowLeft');
    expect(focused()).toBe(0);
    press(radios()[0]!, 'ArrowLeft');
    expect(focused()).toBe(10);
    press(radios()[10]!, 'ArrowRight');
    expect(focused()).toBe(0);
    press(radios()[0]!, 'End');
    expect(focused()).toBe(10);
    press(radios()[10]!, 'Home');
    expect(focused()).toBe(0);
    press(radios()[0]!, 'End');
    await settle();
    expect(radios().filter((r) => r.tabIndex == 0)).toEqual([radios()[10]]);
    expect(calls.onScore).not.toHaveBeenCalled();
  });

  it('mirrors Left and Right in right-to-left layouts', () => {
    renderPrompt(document.body, model({ dir: 'rtl', locale: 'ar' }), spies());
    radios()[3]!.focus();
    press(radios()[3]!, 'ArrowLeft');
    expect(focused()).toBe(4);
    press(radios()[4]!, 'ArrowRight');
    press(radios()[3]!, 'ArrowRight');
    expect(focused()).toBe(2);
    press(radios()[2]!, 'ArrowDown');
    expect(focused()).toBe(3);
  });

  it('leaves other keys alone', () => {
    renderPrompt(document.body, model(), spies());
    radios()[0]!.focus();
    expect(press(radios()[0]!, 'Tab').defaultPrevented).toBe(false);
    expect(press(radios()[0]!, 'a').defaultPrevented).toBe(false);
    expect(focused()).toBe(0);
  });

  it.each(['Enter', ' '])('picks the focused score with %j', (key) => {
    const calls = spies();
    renderPrompt(document.body, model({ survey: 'ces', scale: { min: 1, max: 7 } }), calls);
    radios()[0]!.focus();
    press(radios()[0]!, 'ArrowRight');
    press(radios()[1]!, 'ArrowRight');
    const third = radios()[2]!;
    press(third, key);
    // A second activation (the browser's own click after the key) is not a second pick, even on the button the
    // comment step has just replaced.
    third.click();
    expect(calls.onScore).toHaveBeenCalledTimes(1);
    expect(calls.onScore).toHaveBeenCalledWith(3);
  });

  it('picks on click', () => {
    const calls = spies();
    renderPrompt(document.body, model(), calls);
    radios()[7]!.click();
    expect(calls.onScore).toHaveBeenCalledWith(7);
  });
});
