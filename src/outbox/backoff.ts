/** First retry delay: 1 s. */
export const BASE_DELAY = 1000;
/** Longest wait between attempts, also the cap on a server's Retry-After and the slow schedule of rejected answers: 5 min. */
export const MAX_DELAY = 5 * 60 * 1000;

/**
 * Delay before retry number `attempt` (0 for the first retry): "full jitter", a random time between 0 and
 * `min(cap, base · 2^attempt)`, so that many browsers coming back online do not hit the endpoint at once.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random, base = BASE_DELAY, cap = MAX_DELAY): number {
  const ceiling = Math.min(cap, base * Math.pow(2, Math.max(0, Math.min(attempt, 30))));
  return Math.floor(Math.min(0.999999, Math.max(0, random())) * ceiling);
}
