/** The follow-up file of a kit (src/ui/follow-up-source.ts): fetched once, at hand once here, one report when it cannot be had. */
import { describe, expect, it, vi } from 'vitest';
import type { FollowUpKit } from '../../src/ui/follow-up-source';
import { followUpSource } from '../../src/ui/follow-up-source';

const file = { steps: {}, resolveFollowUp: vi.fn() } as unknown as FollowUpKit;

describe('followUpSource', () => {
  it('fetches the file once, however many prompts ask, and has it at hand once it is here', async () => {
    const fetch = vi.fn(async () => file);
    const source = followUpSource(fetch);
    expect(source.ready()).toBeUndefined();
    const [a, b] = [source.load(vi.fn()), source.load(vi.fn())];
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(await a).toBe(file);
    expect(await b).toBe(file);
    expect(source.ready()).toBe(file);
  });

  it('reports a file that cannot be had once, rejects, and tries again at the next load', async () => {
    const fetch = vi.fn<() => Promise<FollowUpKit>>().mockRejectedValueOnce(new Error('could not load x.js')).mockRejectedValueOnce(new Error('again')).mockResolvedValue(file);
    const report = vi.fn();
    const source = followUpSource(fetch);
    await expect(source.load(report)).rejects.toThrow('could not load x.js');
    await expect(source.load(report)).rejects.toThrow('again');
    expect(report.mock.calls).toEqual([['[hearken] could not load the steps after the score (could not load x.js); the score alone is kept']]);
    expect(await source.load(report)).toBe(file);
  });

  it('fails like a rejection when the fetch throws at once (a script URL a Trusted Types policy refuses)', async () => {
    const report = vi.fn();
    const source = followUpSource(() => {
      throw new TypeError('refused');
    });
    await expect(source.load(report)).rejects.toThrow('refused');
    expect(report).toHaveBeenCalledTimes(1);
  });
});
