// The interim Store of demo/server/interim/ (until hearken/collector's stores are merged): the kit's verbs.
import { appendFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ANSWERS_FILE, createJsonLinesStore } from '../../demo/server/interim/store.mjs';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'hearken-store-')));
const ids = async (store: { query: () => Promise<{ id: string }[]> }) => (await store.query()).map((a) => a.id);

describe('createJsonLinesStore', () => {
  it('stores each id once, even for concurrent adds, numbering answers in order of arrival', async () => {
    const store = await createJsonLinesStore({ dir: fresh() });
    const results = await Promise.all([store.add([{ id: 'a', n: 1 }]), store.add([{ id: 'a', n: 2 }, { id: 'b' }])]);
    expect(results).toEqual([
      { stored: 1, duplicates: 0, storedIds: ['a'] },
      { stored: 1, duplicates: 1, storedIds: ['b'] },
    ]);
    expect(await store.query()).toMatchObject([{ id: 'a', n: 1, seq: 1, done: false }, { id: 'b', seq: 2 }]);
    expect(await ids(store)).toEqual(await ids(await createJsonLinesStore({ dir })));
  });

  it('skips a last line cut short by a crash and keeps appending whole lines', async () => {
    writeFileSync(join(fresh(), ANSWERS_FILE), '{"id":"a"}\n{"id":"b","sur');
    const store = await createJsonLinesStore({ dir });
    expect(await ids(store)).toEqual(['a']);
    await store.add([{ id: 'b' }]);
    expect(await ids(await createJsonLinesStore({ dir }))).toEqual(['a', 'b']);
  });

  it('erases a visitor, keeps "done" marks, and never gives a seq twice, across a reopen', async () => {
    const store = await createJsonLinesStore({ dir: fresh() });
    await store.add([{ id: 'a', visitorId: 'v1' }, { id: 'b', visitorId: 'v2' }]);
    expect(await store.erase({ visitorId: 'v2' })).toEqual({ erased: 1 });
    expect(await store.setDone('a', true)).toBe(true);
    expect(await store.setDone('b', true)).toBe(false);
    await store.add([{ id: 'c' }]);
    expect(await (await createJsonLinesStore({ dir })).query()).toMatchObject([{ id: 'a', done: true, seq: 1 }, { id: 'c', seq: 3 }]);
  });

  it("notices another process's writes", async () => {
    const store = await createJsonLinesStore({ dir: fresh() });
    await store.add([{ id: 'a' }]);
    appendFileSync(join(dir, ANSWERS_FILE), JSON.stringify({ id: 'x', seq: 2 }) + '\n');
    expect(await store.query({ after: 1 })).toMatchObject([{ id: 'x', seq: 2 }]);
  });
});
