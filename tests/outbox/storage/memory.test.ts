import { describe, expect, it } from 'vitest';
import { memoryBackend } from '../../../src/outbox/storage/memory';
import { entryOf } from '../../../src/outbox/storage/entry';
import { answer } from '../helpers';

const entry = (id: string) => entryOf(answer(id), 1);

describe('memoryBackend', () => {
  it('keeps entries for this page: add, read, update, remove', async () => {
    const storage = memoryBackend();
    expect(storage.kind).toBe('memory');
    await storage.add(entry('a'));
    await storage.add(entry('b'));
    await storage.update([{ ...entry('a'), age: 7 }, { ...entry('gone'), age: 7 }]);
    expect((await storage.all()).sort((x, y) => (x.id < y.id ? -1 : 1))).toEqual([{ ...entry('a'), age: 7 }, entry('b')]);
    expect(await storage.remove(['a', 'never'])).toEqual(['a']);
    expect(await storage.all()).toEqual([entry('b')]);
  });

  it('hands out copies: changing what was read or added does not change what is stored', async () => {
    const storage = memoryBackend();
    const added = entry('a');
    await storage.add(added);
    added.age = 99;
    const [read] = await storage.all();
    read!.answer.score = 0;
    expect(await storage.all()).toEqual([entry('a')]);
  });

  it('starts empty for each backend: two are not one store', async () => {
    const one = memoryBackend();
    await one.add(entry('a'));
    expect(await memoryBackend().all()).toEqual([]);
  });
});
