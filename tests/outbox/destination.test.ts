/**
 * One destination's part of the outbox (src/outbox/destination.ts): what it stores is marked with the destination;
 * it reads its own entries and those stored before entries had one, never another destination's.
 */
import { describe, expect, it } from 'vitest';
import { forDestination } from '../../src/outbox/destination';
import { memoryBackend } from '../../src/outbox/storage/memory';
import { entryOf } from '../../src/outbox/storage/entry';
import { answer } from './helpers';

describe('forDestination', () => {
  it('marks what it stores, and reads its own entries and unmarked ones, not another destination\'s', async () => {
    const whole = memoryBackend();
    const support = forDestination(whole, '/support ');
    const marketing = forDestination(whole, '/marketing ');
    await support.add(entryOf(answer('csat'), 1));
    await marketing.add(entryOf(answer('nps'), 2));
    await whole.add(entryOf(answer('old'), 0));
    expect((await whole.all()).map((entry) => [entry.id, entry.to])).toEqual([['csat', '/support '], ['nps', '/marketing '], ['old', undefined]]);
    expect((await support.all()).map((entry) => entry.id)).toEqual(['csat', 'old']);
    expect((await marketing.all()).map((entry) => entry.id)).toEqual(['nps', 'old']);
    expect(support.kind).toBe(whole.kind);
  });

  it('reads another destination\'s entry once it has expired', async () => {
    const whole = memoryBackend();
    await forDestination(whole, '/old ').add(entryOf(answer('stale'), 0));
    await forDestination(whole, '/old ').add(entryOf(answer('fresh'), 0));
    const current = forDestination(whole, '/collect ', (entry) => entry.id == 'stale');
    expect((await current.all()).map((entry) => entry.id)).toEqual(['stale']);
  });

  it('is the storage itself without a destination', () => {
    const whole = memoryBackend();
    expect(forDestination(whole, undefined)).toBe(whole);
  });
});
