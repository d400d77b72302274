// @vitest-environment jsdom
/** Focus and the timer of one prompt's shadow root (src/ui/focus.ts). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFocus } from '../../src/ui/focus';

afterEach(() => {
  vi.useRealTimers();
  document.body.innerHTML = '';
});

/** A page button, and a shadow root holding a close button (`.hk-close`) and a field. */
function page() {
  const outside = document.body.appendChild(document.createElement('button'));
  const host = document.body.appendChild(document.createElement('div'));
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = '<button class="hk-close">×</button><input>';
  return { outside, root, close: root.querySelector('button')!, field: root.querySelector('input')! };
}

describe('createFocus', () => {
  it('gives focus back to what had it before the visitor entered the prompt', () => {
    const { outside, root, field } = page();
    const focus = createFocus(root);
    outside.focus();
    field.focus();
    expect(root.activeElement).toBe(field);
    focus.release();
    expect(document.activeElement).toBe(outside);
  });

  it('parks focus on the close button while the focused control goes away, and not when focus is elsewhere', () => {
    const { outside, root, close, field } = page();
    const focus = createFocus(root);
    outside.focus();
    focus.keep();
    expect(document.activeElement).toBe(outside);
    field.focus();
    focus.keep();
    expect(root.activeElement).toBe(close);
  });

  it('runs one timer at a time, caps "never" at the longest a browser waits, and clears it on release', () => {
    vi.useFakeTimers();
    const { root } = page();
    const focus = createFocus(root);
    const first = vi.fn();
    const second = vi.fn();
    focus.later(first, 100);
    focus.later(second, 1e12);
    vi.advanceTimersByTime(2147483646);
    expect(first).not.toHaveBeenCalled();
    expect(second).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(second).toHaveBeenCalledTimes(1);
    focus.later(first, 10);
    focus.release();
    vi.advanceTimersByTime(10);
    expect(first).not.toHaveBeenCalled();
  });
});
