/** Focus and timers of one prompt's shadow root: what `renderPrompt`'s steps need besides its state. */
export interface PromptFocus {
  /** Runs `fn` after `ms` (one timer per prompt; a new one replaces the last). */
  later(fn: () => void, ms: number): void;
  /** Parks focus on the close button (it stays across steps) while the focused control goes away. */
  keep(): void;
  /** Clears the timer and gives focus back to what had it before the visitor entered the prompt. */
  release(): void;
}

/** Tracks what had focus before the visitor entered `root`, to give it back on close. */
export function createFocus(root: ShadowRoot): PromptFocus {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let before: HTMLElement | null = null;
  root.addEventListener('focusin', (e) => {
    const from = (e as FocusEvent).relatedTarget as HTMLElement | null;
    if (!from || !root.contains(from)) before = from;
  });
  return {
    later(fn, ms) {
      clearTimeout(timer);
      // Past 2^31-1 ms browsers fire at once: a "never" of years would close the thank-you right away.
      timer = setTimeout(fn, Math.min(ms, 2147483647));
    },
    // so that focus is never dropped to the body mid-prompt
    keep: () => void (root.activeElement && (root.querySelector('.hk-close') as HTMLElement).focus()),
    release() {
      clearTimeout(timer);
      const focused = root.activeElement as HTMLElement | null;
      if (focused) before && before.isConnected ? before.focus({ preventScroll: true }) : focused.blur();
    },
  };
}
