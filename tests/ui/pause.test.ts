/** Yielding to the main thread (src/ui/pause.ts) between the UI's arrival and the first render. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToMain } from '../../src/ui/pause';

afterEach(() => {
  vi.useRealTimers();
});

describe('yieldToMain', () => {
  it('uses scheduler.yield where the browser has it', async () => {
    const yielded = vi.fn(() => Promise.resolve());
    await yieldToMain({ scheduler: { yield: yielded }, setTimeout } as unknown as Window);
    expect(yielded).toHaveBeenCalledTimes(1);
  });

  it('else resolves in a zero timeout: not before the task ends', async () => {
    vi.useFakeTimers();
    let done = false;
    void yieldToMain({ setTimeout } as unknown as Window).then(() => (done = true));
    await Promise.resolve();
    expect(done).toBe(false);
    vi.advanceTimersByTime(0);
    await Promise.resolve();
    expect(done).toBe(true);
  });
});
