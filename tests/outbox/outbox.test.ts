import { describe, expect, it, vi } from 'vitest';
import { createOutbox } from '../../src/outbox/outbox';
import { memoryBackend as memoryStorage } from '../../src/outbox/storage/memory';
import { answer } from './helpers';

const DAY = 864e5;

function setup(options: { maxEntries?: number; ttlMs?: number } = {}) {
  let time = Date.parse('2025-03-01T00:00:00Z');
  const clock = { now: () => time, set: (t: number) => (time = t), advance: (ms: number) => (time += ms) };
  const storage = memoryStorage();
  const emit = vi.fn();
  const open = () => createOutbox({ storage, emit, clock, settled: () => {}, maxEntries: options.maxEntries, ttlMs: options.ttlMs });
  return { outbox: open(), storage, emit, clock, reopen: open };
}

const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe('outbox', () => {
  it('stores an answer before add resolves', async () => {
    const { outbox, storage } = setup();
    await outbox.add(answer('a'));
    expect(ids(await storage.all())).toEqual(['a']);
    expect((await storage.all()).length).toBe(1);
  });

  it('evicts the oldest answers beyond the cap and reports them as dropped (cap)', async () => {
    const { outbox, emit, clock } = setup({ maxEntries: 3 });
    for (const id of ['a', 'b', 'c', 'd', 'e']) {
      await outbox.add(answer(id));
      clock.advance(1000);
    }
    expect(ids(await outbox.read())).toEqual(['c', 'd', 'e']);
    expect(emit.mock.calls).toEqual([
      ['drop', { answers: [answer('a')], reason: 'cap' }],
      ['drop', { answers: [answer('b')], reason: 'cap' }],
    ]);
  });

  it('reports a drop once, by the tab that removed it, and never for an answer another tab sent meanwhile', async () => {
    const { outbox, storage, emit, reopen } = setup({ maxEntries: 2 });
    for (const id of ['a', 'b', 'c', 'd']) await outbox.add(answer(id));
    emit.mockClear();
    // c and d are left; two more tabs over the same store read it at the same moment, one answer beyond the cap
    const [one, two] = [reopen(), reopen()];
    const late = [...(await storage.all())];
    await storage.add({ ...late[0]!, id: 'x', answer: answer('x') });
    const [first, second] = await Promise.all([one.read(), two.read()]);
    expect([ids(first), ids(second)]).toEqual([['d', 'x'], ['d', 'x']]);
    const dropped = emit.mock.calls.filter(([name]) => name == 'drop').flatMap(([, p]) => ids(p.answers));
    expect(dropped).toEqual(['c']);
    // a tab's stale view: it drops what another tab has already sent (removed); nothing is reported
    emit.mockClear();
    const stale = await storage.all();
    await one.finish(stale.filter((e) => e.id == 'd'), 'sent');
    await two.finish(stale.filter((e) => e.id == 'd'), 'drop', 'cap');
    expect(emit.mock.calls.map(([name, p]) => [name, ids(p.answers)])).toEqual([['sent', ['d']]]);
  });

  it('reads the whole store on add only near the cap', async () => {
    const { outbox, storage } = setup({ maxEntries: 100 });
    const all = vi.spyOn(storage, 'all');
    for (let i = 0; i < 50; i++) await outbox.add(answer('a' + i));
    expect(all.mock.calls.length).toBe(1); // the first add looks once; the store is far from full
  });

  it('defaults to 500 entries', async () => {
    const { outbox, emit, storage } = setup();
    for (let i = 0; i < 501; i++) await outbox.add(answer('a' + i));
    expect((await storage.all()).length).toBe(500);
    expect(emit).toHaveBeenCalledWith('drop', { answers: [answer('a0')], reason: 'cap' });
  });

  it('drops answers past their time to live (30 days by default) with reason ttl', async () => {
    const { outbox, emit, clock, storage } = setup();
    await outbox.add(answer('old'));
    clock.advance(20 * DAY);
    await outbox.add(answer('new'));
    clock.advance(10 * DAY);
    expect(ids(await outbox.read())).toEqual(['new']);
    expect(emit).toHaveBeenCalledWith('drop', { answers: [answer('old')], reason: 'ttl' });
    expect((await storage.all()).length).toBe(1);
  });

  it('keeps ageing answers when the clock is set back, so they still expire', async () => {
    const { outbox, emit, clock, reopen } = setup({ ttlMs: 10 * DAY });
    await outbox.add(answer('a'));
    clock.advance(6 * DAY);
    await outbox.read(); // age 6 days
    clock.advance(-365 * DAY); // the clock jumps back a year
    await outbox.read();
    clock.advance(3 * DAY);
    expect(ids(await reopen().read())).toEqual(['a']); // 9 days old, across a reload
    clock.advance(1 * DAY);
    expect(await reopen().read()).toEqual([]);
    expect(emit).toHaveBeenCalledWith('drop', { answers: [answer('a')], reason: 'ttl' });
  });

  it('reads oldest first by age, not by a clock that jumped', async () => {
    const { outbox, clock } = setup();
    await outbox.add(answer('first'));
    clock.advance(60_000);
    await outbox.read();
    clock.advance(-DAY);
    await outbox.add(answer('second'));
    expect(ids(await outbox.read())).toEqual(['first', 'second']);
  });
});
