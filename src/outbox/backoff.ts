/** Longest wait between attempts, also the cap on a server's Retry-After and the slow schedule of refused answers: 5 min. */
export const MAX_DELAY = 3e5;

/**
 * Delay before retry number `attempt` (0 for the first retry): "full jitter", a random time between 0 and
 * `min(5 min, 1 s · 2^attempt)`, so that many browsers coming back online do not hit the endpoint at once.
 */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  return Math.floor(Math.min(0.999999, Math.max(0, random())) * Math.min(MAX_DELAY, 1000 * 2 ** Math.min(attempt, 30)));
}
