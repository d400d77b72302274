import { describe, expect, it } from 'vitest';
import { kvBackend, localStorageBackend } from '../../../src/outbox/storage/local';
import { entryOf } from '../../../src/outbox/storage/entry';
import { answer, fakeStorage } from '../helpers';

const entry = (id: string) => entryOf(answer(id), 1);
const ids = (list: { id: string }[]) => list.map((e) => e.id).sort();
const PREFIX = 'hearken:outbox:';

describe('localStorageBackend', () => {
  it('keeps one key per answer, as JSON, under the prefix', async () => {
    const local = fakeStorage();
    const storage = localStorageBackend(local.storage, PREFIX);
    expect(storage.kind).toBe('localStorage');
    await storage.add(entry('a'));
    expect([...local.shared.keys()]).toEqual(['hearken:outbox:a']);
    expect(JSON.parse(local.shared.get('hearken:outbox:a')!)).toEqual(entry('a'));
  });

  it('two tabs adding at once keep both answers (no shared list to overwrite)', async () => {
    const shared = new Map<string, string>();
    const one = localStorageBackend(fakeStorage(shared).storage, PREFIX);
    const two = localStorageBackend(fakeStorage(shared).storage, PREFIX);
    await Promise.all([one.add(entry('a')), two.add(entry('b'))]);
    expect(ids(await one.all())).toEqual(['a', 'b']);
  });

  it("reads only its own keys, skips a damaged entry, and reads 0.1's entries", async () => {
    const local = fakeStorage();
    local.shared.set('other-app', '{"id":"x","answer":{}}');
    local.shared.set(PREFIX + 'bad', '{not json');
    local.shared.set(PREFIX + 'null', 'null');
    local.shared.set(PREFIX + 'old', JSON.stringify({ id: 'old', a: answer('old'), t: 1, g: 2, s: 3 }));
    local.shared.set(PREFIX + 'a', JSON.stringify(entry('a')));
    const all = await localStorageBackend(local.storage, PREFIX).all();
    expect(ids(all)).toEqual(['a', 'old']);
    expect(all.find((e) => e.id == 'old')).toEqual({ id: 'old', answer: answer('old'), storedAt: 1, age: 2, seenAt: 3 });
  });

  it('updates and removes only what is still stored, and says what it removed', async () => {
    const local = fakeStorage();
    const storage = localStorageBackend(local.storage, PREFIX);
    await storage.add(entry('a'));
    await storage.update([{ ...entry('a'), age: 9 }, { ...entry('gone'), age: 9 }]);
    expect(local.shared.has(PREFIX + 'gone')).toBe(false);
    expect(await storage.all()).toEqual([{ ...entry('a'), age: 9 }]);
    expect(await storage.remove(['a', 'gone'])).toEqual(['a']);
    expect(local.shared.size).toBe(0);
  });

  it('rejects (never throws) when the storage does: private mode, a full quota', async () => {
    const local = fakeStorage();
    const storage = localStorageBackend(local.storage, PREFIX);
    local.state.fail = 'write';
    await expect(storage.add(entry('a'))).rejects.toMatchObject({ name: 'QuotaExceededError' });
    local.state.fail = 'all';
    await expect(storage.all()).rejects.toMatchObject({ name: 'SecurityError' });
    await expect(storage.remove(['a'])).rejects.toMatchObject({ name: 'SecurityError' });
  });
});

describe('kvBackend', () => {
  it('works over any string store, named as given', async () => {
    const map = new Map<string, string>();
    const storage = kvBackend('memory', (k) => map.get(k), (k, v) => void map.set(k, v), (k) => void map.delete(k), () => [...map.keys()], 'p:');
    await storage.add(entry('a'));
    expect(storage.kind).toBe('memory');
    expect([...map.keys()]).toEqual(['p:a']);
    expect(await storage.all()).toEqual([entry('a')]);
  });
});
