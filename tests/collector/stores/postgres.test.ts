import { afterAll, expect, it } from 'vitest';
import pg from 'pg';
import { createPostgresStore } from '../../../src/collector';
import { createTestDatabase, describePostgres, dropTestDatabases } from './postgres-database';
import { storeSuite } from './store-suite';

// The suite's databases run in New York's time zone, not UTC: a time the store let the server read in its own zone
// would show.
const TIME_ZONE = 'America/New_York';

async function databaseInNewYork(): Promise<string> {
  const url = await createTestDatabase();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`ALTER DATABASE ${new URL(url).pathname.slice(1)} SET timezone TO '${TIME_ZONE}'`);
  } finally {
    await client.end();
  }
  return url;
}

describePostgres('PostgreSQL store', { timeout: 30_000 }, () => {
  afterAll(dropTestDatabases, 60_000);

  storeSuite(async () => {
    const url = await databaseInNewYork();
    return () => createPostgresStore({ url });
  });

  it('runs the suite on databases whose time zone is not UTC', async () => {
    const client = new pg.Client({ connectionString: await databaseInNewYork() });
    await client.connect();
    try {
      expect((await client.query('SHOW timezone')).rows).toEqual([{ TimeZone: TIME_ZONE }]);
    } finally {
      await client.end();
    }
  });

  it('migrates once when two collectors start at the same moment', async () => {
    const url = await createTestDatabase();
    const stores = await Promise.all([createPostgresStore({ url }), createPostgresStore({ url }), createPostgresStore({ url })]);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query('SELECT version FROM hearken_migrations');
      expect(rows).toEqual([{ version: 1 }]);
      const indexes = (await client.query("SELECT indexname FROM pg_indexes WHERE tablename = 'hearken_answers'")).rows.map((r) => r.indexname);
      expect(indexes).toEqual(expect.arrayContaining(['hearken_answers_id_key', 'hearken_answers_survey_day', 'hearken_answers_touchpoint', 'hearken_answers_locale']));
    } finally {
      await client.end();
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  it('names a bad url without echoing it', async () => {
    await expect(createPostgresStore({ url: 'mysql://secret@host/db' })).rejects.toThrow(/^\[hearken\] createPostgresStore: url must be a postgres:\/\/ connection string \(DATABASE_URL\)$/);
  });
});
