import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../src/collector/rate-limit';

describe('createRateLimiter', () => {
  it('lets a client spend its allowance at once, then refills it evenly over the minute', () => {
    let now = 1_000;
    const limiter = createRateLimiter(60, () => now);
    for (let i = 0; i < 60; i++) expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
    expect(limiter.take('b')).toEqual({ ok: true });
    now += 1_000;
    expect(limiter.take('a')).toEqual({ ok: true });
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 1 });
  });

  it('asks a slow-rate client to wait as long as one request takes to refill', () => {
    const limiter = createRateLimiter(2, () => 0);
    limiter.take('a');
    limiter.take('a');
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 30 });
  });

  it('limits nothing at 0 or without an address, and forgets clients whose allowance is full again', () => {
    let now = 0;
    const off = createRateLimiter(0, () => now);
    for (let i = 0; i < 1000; i++) expect(off.take('a').ok).toBe(true);
    const limiter = createRateLimiter(1, () => now);
    expect(limiter.take(undefined).ok).toBe(true);
    expect(limiter.take(undefined).ok).toBe(true);
    for (let i = 0; i < 10_000; i++) limiter.take(`client-${i}`);
    now += 60_000;
    // the table is full: the next new client sweeps it, and a returning one starts afresh
    expect(limiter.take('new').ok).toBe(true);
    expect(limiter.take('client-1').ok).toBe(true);
  });
});
