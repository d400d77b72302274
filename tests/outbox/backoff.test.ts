import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../src/outbox/backoff';

describe('backoffDelay', () => {
  it('draws from 0 up to 1 s doubling per attempt (full jitter)', () => {
    const top = (attempt: number) => backoffDelay(attempt, () => 0.9999999);
    expect([0, 1, 2, 3].map(top)).toEqual([999, 1999, 3999, 7999]);
    expect(backoffDelay(3, () => 0)).toBe(0);
    expect(backoffDelay(3, () => 0.5)).toBe(4000);
  });

  it('never exceeds 5 minutes, however many attempts', () => {
    for (const attempt of [8, 9, 20, 1000]) expect(backoffDelay(attempt, () => 0.9999999)).toBeLessThan(300_000);
    expect(backoffDelay(1000, () => 0.5)).toBe(150_000);
  });

  it('stays in bounds with a misbehaving random source', () => {
    expect(backoffDelay(0, () => 1)).toBeLessThan(1000);
    expect(backoffDelay(0, () => -1)).toBe(0);
  });
});
