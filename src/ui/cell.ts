/**
 * A value that says when it changes: what a prompt's state is made of until its later steps arrive. It has the
 * shape of a signal of `@preact/signals-core` (`value`, `peek()`, `subscribe()`), so code that only reads, writes and
 * subscribes takes either; the later steps' components, which preact re-renders by the signals they read, get signals
 * that mirror these cells (`mirrorState`, in the follow-up file). The question step needs no more than this, and
 * the signals' runtime (about 1.5 kB brotli) comes after the question is on screen.
 */
export interface Cell<T> {
  value: T;
  /** The value, as `value`. */
  peek(): T;
  /** Calls `fn` with the value now and after each change to another value; returns what stops it. */
  subscribe(fn: (value: T) => void): () => void;
}

/** A cell holding `value`; a write of the same value (`===`) tells no one, as a signal's does not. */
export function cell<T>(value: T): Cell<T> {
  let listeners: ((value: T) => void)[] = [];
  return {
    get value() {
      return value;
    },
    set value(next: T) {
      if (next === value) return;
      value = next;
      // those subscribed now: one that subscribes or stops while being told changes the next write's list
      listeners.forEach((fn) => fn(next));
    },
    peek: () => value,
    subscribe(fn) {
      listeners = listeners.concat(fn);
      fn(value);
      return () => void (listeners = listeners.filter((other) => other != fn));
    },
  };
}
