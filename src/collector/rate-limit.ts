/** The rate limiter's verdict on one request. */
export type RateVerdict = { ok: true } | { ok: false; retryAfterSeconds: number };

/** A per-client limiter: `take(address)` spends one request of that client's allowance. */
export interface RateLimiter {
  take(address: string | undefined): RateVerdict;
}

const WINDOW_MS = 60_000;
// Clients remembered at most; past it, those whose allowance is full again are forgotten.
const MAX_CLIENTS = 10_000;

/**
 * A token bucket per client address: `perMinute` requests at once, refilled evenly over a minute. `0` lets every
 * request through, and so does a request without an address.
 */
export function createRateLimiter(perMinute: number, now: () => number): RateLimiter {
  const buckets = new Map<string, { tokens: number; at: number }>();
  const refill = (bucket: { tokens: number; at: number }, time: number) => {
    bucket.tokens = Math.min(perMinute, bucket.tokens + ((time - bucket.at) * perMinute) / WINDOW_MS);
    bucket.at = time;
  };
  const sweep = (time: number) => {
    for (const [address, bucket] of buckets) {
      refill(bucket, time);
      if (bucket.tokens >= perMinute) buckets.delete(address);
    }
  };
  return {
    take(address) {
      if (!perMinute || !address) return { ok: true };
      const time = now();
      let bucket = buckets.get(address);
      if (!bucket) {
        if (buckets.size >= MAX_CLIENTS) sweep(time);
        bucket = { tokens: perMinute, at: time };
        buckets.set(address, bucket);
      }
      refill(bucket, time);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return { ok: true };
      }
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil(((1 - bucket.tokens) * WINDOW_MS) / perMinute / 1000)) };
    },
  };
}
