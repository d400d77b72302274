import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../../src/outbox/storage/types';
import { markedStorage } from '../../src/outbox/marker';
import { memoryBackend } from '../../src/outbox/storage/memory';
import { memoryStorage } from '../../src/storage/index';

const KEY = 'hearken:waiting';
const entry = (id: string) => ({ id, answer: { id }, storedAt: 1, age: 0, seenAt: 1 }) as unknown as OutboxEntry;

function setup() {
  const local = memoryStorage();
  const backend = memoryBackend();
  let now = 100;
  const storage = markedStorage(backend, local, KEY, () => now++);
  return { local, backend, storage };
}

describe('markedStorage: the marker of waiting answers follows the outbox', () => {
  it('is set before an answer is stored, and removed once the last one is removed', async () => {
    const { local, storage } = setup();
    const adding = storage.add(entry('a'));
    expect(local.get(KEY)).not.toBeNull();
    await adding;
    await storage.add(entry('b'));
    await storage.remove(['a']);
    expect(local.get(KEY)).not.toBeNull();
    await storage.remove(['b']);
    expect(local.get(KEY)).toBeNull();
  });

  it('a lost marker is put back by the next read that finds answers', async () => {
    const { local, storage } = setup();
    await storage.add(entry('a'));
    local.remove(KEY);
    expect(await storage.all()).toHaveLength(1);
    expect(local.get(KEY)).not.toBeNull();
  });

  it('a read that finds the store empty clears a stale marker', async () => {
    const { local, storage } = setup();
    local.set(KEY, '5');
    expect(await storage.all()).toEqual([]);
    expect(local.get(KEY)).toBeNull();
  });

  it('keeps the marker while an answer is kept under the rescue prefix (a page still loading its delivery, or left before it came)', async () => {
    const local = memoryStorage({ [KEY]: '5', 'hearken:rescue:a': '{"id":"a"}' });
    const storage = markedStorage(memoryBackend(), local, KEY, () => 1, 'hearken:rescue:');
    expect(await storage.all()).toEqual([]);
    expect(local.get(KEY)).toBe('5');
    local.remove('hearken:rescue:a');
    await storage.all();
    expect(local.get(KEY)).toBeNull();
  });

  it("leaves a marker that another tab set while this one found the store empty (that tab's answer is on its way in)", async () => {
    const { local, backend } = setup();
    const racing = markedStorage({ ...backend, kind: backend.kind, all: async () => (local.set(KEY, 'other tab'), []) }, local, KEY, () => 1);
    local.set(KEY, 'old');
    await racing.all();
    expect(local.get(KEY)).toBe('other tab');
  });

  it("keeps the marker when another tab reads the store empty while this tab's answer is being written (ten tabs answering at once)", async () => {
    const local = memoryStorage();
    const backend = memoryBackend();
    // this tab's write is committed only when `commit` is called; the other tab's read sees the store as it was
    let commit!: () => void;
    const slow = { ...backend, kind: backend.kind, add: (e: OutboxEntry) => new Promise<void>((done) => (commit = done)).then(() => backend.add(e)) };
    const writer = markedStorage(slow, local, KEY, () => 7);
    const reader = markedStorage(backend, local, KEY, () => 7);
    const writing = writer.add(entry('a'));
    expect(local.get(KEY)).not.toBeNull();
    // the other tab reads before the write is committed: it finds nothing and clears the mark it saw
    expect(await reader.all()).toEqual([]);
    commit();
    await writing;
    expect(await backend.all()).toHaveLength(1);
    expect(local.get(KEY), 'the next page view must see that an answer waits').not.toBeNull();
  });

  it('gives each mark its own value, so a read that saw one mark does not clear a later one of the same millisecond', async () => {
    const local = memoryStorage();
    const storage = markedStorage(memoryBackend(), local, KEY, () => 7);
    await storage.add(entry('a'));
    const first = local.get(KEY);
    await storage.add(entry('b'));
    expect(local.get(KEY)).not.toBe(first);
  });

  it('keeps the marker after a read that found nothing but left out a backend that hung (it may hold answers)', async () => {
    const local = memoryStorage({ [KEY]: '5' });
    const backend = memoryBackend();
    const storage = markedStorage({ ...backend, kind: 'localStorage', partial: true }, local, KEY, () => 1);
    expect(await storage.all()).toEqual([]);
    expect(local.get(KEY)).toBe('5');
    expect(storage.partial).toBe(true);
  });
});
