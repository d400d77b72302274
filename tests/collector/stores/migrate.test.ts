import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, type Migration } from '../../../src/collector/migrations';
import type { SqlDatabase } from '../../../src/collector/stores/database';
import { migrate } from '../../../src/collector/stores/migrate';
import { openTestDatabase, type TestDatabase } from './pglite-database';

let opened: TestDatabase;
let db: SqlDatabase;
let schemas = 0;
beforeAll(async () => {
  opened = await openTestDatabase();
  db = opened.db;
}, 60_000);
afterAll(() => opened.remove(), 60_000);
// One database for the file: each test migrates an empty schema of its own (PGlite has one connection).
beforeEach(async () => {
  const schema = `test_${++schemas}`;
  await db.exec(`CREATE SCHEMA ${schema}; SET search_path TO ${schema}`);
});

const table = (version: number, name: string): Migration => ({ version, name, sql: `CREATE TABLE ${name} (n integer)` });
const applied = async () =>
  (await db.query<{ version: number; name: string }>('SELECT version, name FROM hearken_migrations ORDER BY version')).rows;
const tables = async () =>
  (await db.query<{ name: string }>('SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY 1')).rows.map((row) => row.name);

describe('migrate', () => {
  it('runs every migration in order on an empty database and records each', async () => {
    expect(await migrate(db, [table(1, 'first'), table(2, 'second')])).toEqual([1, 2]);
    expect(await applied()).toEqual([{ version: 1, name: 'first' }, { version: 2, name: 'second' }]);
    expect(await tables()).toEqual(['first', 'hearken_migrations', 'second']);
  });

  it('runs nothing a second time, and only a migration added since', async () => {
    await migrate(db, [table(1, 'first')]);
    await db.query('INSERT INTO first VALUES (1)');
    expect(await migrate(db, [table(1, 'first')])).toEqual([]);
    expect(await migrate(db, [table(1, 'first'), table(2, 'second')])).toEqual([2]);
    // the data of the first migration's table is still there
    expect((await db.query('SELECT n FROM first')).rows).toEqual([{ n: 1 }]);
  });

  it('keeps the migrations before a failing one, undoes the failing one, and rejects', async () => {
    const broken: Migration = { version: 2, name: 'broken', sql: 'CREATE TABLE half (n integer); SELECT no_such_function()' };
    await expect(migrate(db, [table(1, 'first'), broken, table(3, 'third')])).rejects.toThrow(/no_such_function/);
    expect(await applied()).toEqual([{ version: 1, name: 'first' }]);
    expect(await tables()).toEqual(['first', 'hearken_migrations']);
    // fixed, it runs on the next start, and so does the one after it
    expect(await migrate(db, [table(1, 'first'), table(2, 'fixed'), table(3, 'third')])).toEqual([2, 3]);
  });

  it('runs each migration once when two collectors migrate at the same moment', async () => {
    const list = [table(1, 'first'), table(2, 'second')];
    const [one, two] = await Promise.all([migrate(db, list), migrate(db, list)]);
    expect([...one, ...two].sort()).toEqual([1, 2]);
    expect(await applied()).toHaveLength(2);
  });

  it('creates the answers table and its indexes with the shipped migrations', async () => {
    expect(await migrate(db)).toEqual(MIGRATIONS.map((migration) => migration.version));
    expect(await tables()).toEqual(['hearken_answers', 'hearken_migrations']);
    const indexes = (await db.query<{ name: string }>("SELECT indexname AS name FROM pg_indexes WHERE tablename = 'hearken_answers' AND schemaname = current_schema()")).rows.map((row) => row.name);
    expect(indexes).toEqual(expect.arrayContaining(['hearken_answers_id_key', 'hearken_answers_survey_day', 'hearken_answers_touchpoint', 'hearken_answers_locale', 'hearken_answers_contact']));
    expect(await migrate(db)).toEqual([]);
  });
});
