// The SqlDatabase contract migrate and the SQL store rely on, checked on PGlite (the embedded store's engine).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from '../../../src/collector/stores/database';
import { openTestDatabase, type TestDatabase } from './pglite-database';

let opened: TestDatabase;
let db: SqlDatabase;
beforeAll(async () => {
  opened = await openTestDatabase();
  db = opened.db;
  await db.exec('CREATE TABLE notes (id integer PRIMARY KEY, body text NOT NULL); CREATE TABLE tags (name text)');
}, 60_000);
afterAll(() => opened.remove(), 60_000);

const bodies = async () => (await db.query<{ body: string }>('SELECT body FROM notes ORDER BY id')).rows.map((row) => row.body);

describe('SqlDatabase', () => {
  it('runs one statement with $n parameters and gives its rows back', async () => {
    await db.query('INSERT INTO notes (id, body) VALUES ($1, $2), ($3, $4)', [1, "it's; DROP TABLE notes", 2, 'two']);
    const { rows } = await db.query<{ id: number; body: string }>('SELECT id, body FROM notes WHERE id = $1', [1]);
    expect(rows).toEqual([{ id: 1, body: "it's; DROP TABLE notes" }]);
    await db.query('DELETE FROM notes');
  });

  it('runs several statements at once with exec', async () => {
    await db.exec("INSERT INTO tags VALUES ('a'); INSERT INTO tags VALUES ('b')");
    expect((await db.query('SELECT name FROM tags ORDER BY name')).rows).toEqual([{ name: 'a' }, { name: 'b' }]);
  });

  it('commits a transaction when its work resolves, with the work’s value', async () => {
    const value = await db.transaction(async (tx) => {
      await tx.query('INSERT INTO notes (id, body) VALUES ($1, $2)', [10, 'kept']);
      // the transaction sees its own write before it commits
      return (await tx.query<{ count: number }>('SELECT count(*)::int AS count FROM notes')).rows[0].count;
    });
    expect(value).toBe(1);
    expect(await bodies()).toEqual(['kept']);
  });

  it('rolls a transaction back when its work throws, and rejects with that error', async () => {
    const failure = new Error('half way');
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO notes (id, body) VALUES ($1, $2)', [11, 'lost']);
        await tx.exec("INSERT INTO tags VALUES ('lost')");
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await bodies()).toEqual(['kept']);
    expect((await db.query('SELECT name FROM tags WHERE name = $1', ['lost'])).rows).toEqual([]);
  });

  it('rolls back when a statement fails inside the transaction', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO notes (id, body) VALUES ($1, $2)', [12, 'lost']);
        await tx.query('INSERT INTO notes (id, body) VALUES ($1, $2)', [10, 'same id']);
      }),
    ).rejects.toThrow(/duplicate key/);
    expect(await bodies()).toEqual(['kept']);
  });
});
