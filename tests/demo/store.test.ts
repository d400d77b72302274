import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ANSWERS_FILE, createAnswerStore } from '../../demo/server/store.mjs';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'hearken-store-')));
const lines = () => readFileSync(join(dir, ANSWERS_FILE), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));

describe('createAnswerStore', () => {
  it('writes one JSON line per new answer, once per id, even for concurrent requests', async () => {
    const store = createAnswerStore(fresh());
    const results = await Promise.all([store.add([{ id: 'a', n: 1 }]), store.add([{ id: 'a', n: 2 }, { id: 'b' }])]);
    expect(results).toEqual([{ stored: 1, duplicates: 0 }, { stored: 1, duplicates: 1 }]);
    expect(lines()).toEqual([{ id: 'a', n: 1 }, { id: 'b' }]);
    expect(store.count()).toBe(2);
    expect(store.has('b')).toBe(true);
  });

  it('skips a last line cut short by a crash and keeps appending whole lines', async () => {
    writeFileSync(join(fresh(), ANSWERS_FILE), '{"id":"a"}\n{"id":"b","sur');
    const store = createAnswerStore(dir);
    expect(store.all()).toEqual([{ id: 'a' }]);
    await store.add([{ id: 'b' }]);
    expect(createAnswerStore(dir).all()).toEqual([{ id: 'a' }, { id: 'b' }]);
  });

  it('forgets everything on clear', async () => {
    const store = createAnswerStore(fresh());
    await store.add([{ id: 'a' }]);
    await store.clear();
    expect(store.all()).toEqual([]);
    expect(createAnswerStore(dir).count()).toBe(0);
    expect((await store.add([{ id: 'a' }])).stored).toBe(1);
  });
});
