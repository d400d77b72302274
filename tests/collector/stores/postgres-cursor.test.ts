/**
 * The `seq` cursor on PostgreSQL, with two collectors writing at once. A `seq` is handed out as a row is inserted,
 * not as it commits: a batch that commits after a later one (a big batch, a slow disk) had a lower `seq` than rows a
 * reader had already read past, and a reader following `after` (a sync job, a live feed) never saw it. Here one
 * batch is held between its insert and its commit (a trigger waits on a lock the test holds), while another
 * collector stores a batch and a reader reads by the cursor.
 */
import { afterAll, expect, it } from 'vitest';
import pg from 'pg';
import { createPostgresStore, type Store } from '../../../src/collector';
import { makeAnswer } from '../answers';
import { createTestDatabase, describePostgres, dropTestDatabases } from './postgres-database';

const HELD = 4242;

describePostgres('PostgreSQL store, the seq cursor with two writers', { timeout: 30_000 }, () => {
  afterAll(dropTestDatabases, 60_000);

  it('shows a reader every answer, in the order of commits, when a batch inserted first commits last', async () => {
    const url = await createTestDatabase();
    const [first, second] = [await createPostgresStore({ url }), await createPostgresStore({ url })];
    const test = new pg.Client({ connectionString: url });
    await test.connect();
    const waiting = async () => (await test.query("SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted")).rows[0].n as number;
    try {
      // the answer `slow` waits, inserted and not committed, until the test lets go of HELD
      await test.query(`CREATE FUNCTION hold() RETURNS trigger AS $$ BEGIN
        IF NEW.id = 'slow' THEN PERFORM pg_advisory_lock_shared(${HELD}); PERFORM pg_advisory_unlock_shared(${HELD}); END IF;
        RETURN NEW; END $$ LANGUAGE plpgsql`);
      await test.query('CREATE TRIGGER hold BEFORE INSERT ON hearken_answers FOR EACH ROW EXECUTE FUNCTION hold()');
      await test.query(`SELECT pg_advisory_lock(${HELD})`);
      const slow = first.add([makeAnswer({ id: 'slow' })]);
      while ((await waiting()) < 1) await new Promise((resolve) => setImmediate(resolve));
      let fastDone = false;
      const fast = second.add([makeAnswer({ id: 'fast' })]).then((result) => ((fastDone = true), result));
      // the second batch either stores (ahead of the first's commit) or waits for its turn
      while (!fastDone && (await waiting()) < 2) await new Promise((resolve) => setImmediate(resolve));

      const read: string[] = [];
      const readOn = async (store: Store) => {
        const after = read.length ? (await store.query({})).find((answer) => answer.id == read[read.length - 1])!.seq : 0;
        read.push(...(await store.query({ after })).map((answer) => answer.id));
      };
      await readOn(first);
      await test.query(`SELECT pg_advisory_unlock(${HELD})`);
      expect(await slow).toMatchObject({ stored: 1 });
      expect(await fast).toMatchObject({ stored: 1 });
      await readOn(first);

      expect(read).toEqual(['slow', 'fast']);
    } finally {
      await test.end();
      await Promise.all([first.close(), second.close()]);
    }
  });
});
