import { MIGRATIONS, type Migration } from '../migrations';
import type { SqlDatabase } from './database';

// Any constant works: it only has to be the same for every process that migrates this database.
const MIGRATION_LOCK = 4_428_373;
const MIGRATIONS_TABLE =
  'CREATE TABLE IF NOT EXISTS hearken_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())';

/**
 * Runs the migrations a database has not run yet, each in its own transaction, under an advisory lock so two
 * collectors starting at once do not both run one. Resolves with the versions it ran.
 */
export async function migrate(db: SqlDatabase, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const ran: number[] = [];
  for (const migration of migrations) {
    const applied = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await tx.exec(MIGRATIONS_TABLE);
      const done = await tx.query('SELECT 1 FROM hearken_migrations WHERE version = $1', [migration.version]);
      if (done.rows.length) return false;
      await tx.exec(migration.sql);
      await tx.query('INSERT INTO hearken_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (applied) ran.push(migration.version);
  }
  return ran;
}
