/** Time and timers, handed in everywhere so tests run on a fake clock. */
export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/** The real clock. */
export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
};

/** Settles like `promise`, or, if that takes over `ms`, like `late()` (its value, or what it throws). */
export function within<T>(promise: Promise<T>, ms: number, late: () => T, clock: Clock): Promise<T> {
  let id: unknown;
  return Promise.race([promise, new Promise((ok) => (id = clock.setTimeout(ok as () => void, ms))).then(late)]).finally(() =>
    clock.clearTimeout(id),
  );
}
