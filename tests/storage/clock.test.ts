import { describe, expect, it, vi } from 'vitest';
import { realClock, within } from '../../src/storage/index';

describe('within', () => {
  it('settles like the promise when it is in time, and clears its timer', async () => {
    const clock = { now: () => 0, setTimeout: vi.fn(() => 7), clearTimeout: vi.fn() };
    await expect(within(Promise.resolve('ok'), 100, () => 'late', clock)).resolves.toBe('ok');
    expect(clock.clearTimeout).toHaveBeenCalledWith(7);
  });

  it('settles like late() when the promise takes longer', async () => {
    vi.useFakeTimers();
    const result = within(new Promise(() => {}), 100, () => 'late', realClock);
    vi.advanceTimersByTime(100);
    await expect(result).resolves.toBe('late');
    vi.useRealTimers();
  });
});
