import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../src/collector';
import type { SqlDatabase } from '../../../src/collector/stores/database';
import { migrate } from '../../../src/collector/stores/migrate';
import { createSqlStore } from '../../../src/collector/stores/sql-store';
import { makeAnswer } from '../answers';
import { openTestDatabase, type TestDatabase } from './pglite-database';

let opened: TestDatabase;
let statements: string[] = [];
let closes = 0;
let store: Store;
// One database for the file, emptied before each test; the store sees it through a recording wrapper.
beforeAll(async () => {
  opened = await openTestDatabase();
  await migrate(opened.db);
  const db: SqlDatabase = {
    ...opened.db,
    query: (sql, params) => (statements.push(sql), opened.db.query(sql, params)),
    transaction: (work) =>
      opened.db.transaction((tx) => {
        statements.push('BEGIN');
        return work({ ...tx, query: (sql, params) => (statements.push(sql), tx.query(sql, params)) });
      }),
    close: async () => void closes++,
  };
  store = createSqlStore(db);
}, 60_000);
afterAll(() => opened.remove(), 60_000);
beforeEach(async () => {
  await opened.db.exec('TRUNCATE hearken_answers RESTART IDENTITY');
  statements = [];
});

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe('createSqlStore', () => {
  it('answers an empty batch without touching the database', async () => {
    expect(await store.add([])).toEqual({ stored: 0, duplicates: 0, storedIds: [] });
    expect(statements).toEqual([]);
  });

  it('stores a batch in one statement, in a transaction that takes its turn (seq in the order of commits)', async () => {
    await store.add([makeAnswer(), makeAnswer(), makeAnswer()]);
    expect(statements).toEqual(['BEGIN', expect.stringMatching(/^SELECT pg_advisory_xact_lock\(/), expect.stringMatching(/^INSERT INTO hearken_answers /)]);
    expect(await store.query()).toHaveLength(3);
  });

  it('keeps the record as posted and fills the columns the dashboard filters by', async () => {
    const plain = makeAnswer({ answeredAt: '2026-01-01T23:30:00-05:00' });
    const followUp = makeAnswer({ touchpoint: 'checkout', userId: 'u-1', contact: { consent: true, channel: 'email' } });
    await store.add([plain, followUp]);
    const { rows } = await opened.db.query('SELECT record, day::text AS day, has_contact, touchpoint, user_id FROM hearken_answers ORDER BY seq');
    expect(rows).toEqual([
      // the day is the UTC day: 23:30 in New York is already the 2nd in UTC
      { record: JSON.stringify(plain), day: '2026-01-02', has_contact: false, touchpoint: null, user_id: null },
      { record: JSON.stringify(followUp), day: '2026-11-22', has_contact: true, touchpoint: 'checkout', user_id: 'u-1' },
    ]);
  });

  it('compares times as times, whatever offset an answer was posted with', async () => {
    const late = makeAnswer({ answeredAt: '2026-01-01T23:30:00-05:00' });
    await store.add([late, makeAnswer({ answeredAt: '2026-01-01T23:30:00Z' })]);
    expect((await store.query({ from: '2026-01-02T00:00:00Z' })).map((a) => a.id)).toEqual([late.id]);
    expect(await store.query({ from: '2026-01-02T04:30:00.001Z' })).toEqual([]);
  });

  it('ignores a limit that is not a whole number ≥ 0', async () => {
    await store.add([makeAnswer(), makeAnswer()]);
    expect(await store.query({ limit: -1 })).toHaveLength(2);
    expect(await store.query({ limit: 1.5 })).toHaveLength(2);
    expect(await store.query({ limit: 0 })).toEqual([]);
  });

  it('exports only what the filter covers, page after page', async () => {
    const answers = Array.from({ length: 1300 }, (_, i) => (i % 2 ? makeAnswer({ survey: 'csat', score: 5 }) : makeAnswer()));
    for (let i = 0; i < answers.length; i += 650) await store.add(answers.slice(i, i + 650));
    const csat = answers.filter((a) => a.survey == 'csat').map((a) => a.id);
    const exported = (await collect(store.export('ndjson', { survey: 'csat' }))).trim().split('\n').map((line) => JSON.parse(line).id);
    expect(exported).toEqual(csat);
    // seq counts from 1 in the emptied table: after 10 starts at the eleventh answer
    const afterCursor = (await collect(store.export('ndjson', { after: 10 }))).trim().split('\n');
    expect(afterCursor).toHaveLength(1290);
    expect(JSON.parse(afterCursor[0]).id).toBe(answers[10].id);
  });

  it('exports the CSV header alone when nothing matches, and nothing as NDJSON', async () => {
    expect((await collect(store.export('csv'))).split('\r\n')).toEqual([expect.stringMatching(/^id,survey,score,/), '']);
    expect(await collect(store.export('ndjson'))).toBe('');
  });

  it('lists only consented contacts, filtered and limited, newest first', async () => {
    const contact = { consent: true as const, channel: 'email' as const };
    const old = makeAnswer({ answeredAt: '2026-01-01T00:00:00Z', locale: 'de', contact });
    const mid = makeAnswer({ answeredAt: '2026-02-01T00:00:00Z', locale: 'en', contact });
    const recent = makeAnswer({ answeredAt: '2026-03-01T00:00:00Z', locale: 'de', contact });
    await store.add([old, mid, recent, makeAnswer({ locale: 'de' })]);
    expect((await store.contacts({ locale: 'de' })).map((a) => a.id)).toEqual([recent.id, old.id]);
    expect((await store.contacts({ limit: 1 })).map((a) => a.id)).toEqual([recent.id]);
  });

  it('marks a follow-up done and not done again', async () => {
    const answer = makeAnswer({ contact: { consent: true, channel: 'email' } });
    await store.add([answer]);
    expect(await store.setDone(answer.id, true)).toBe(true);
    expect((await store.query())[0].done).toBe(true);
    expect(await store.setDone(answer.id, false)).toBe(true);
    expect((await store.query())[0].done).toBe(false);
  });

  it.each([[{ userId: '' }], [{ visitorId: 5 }], [{}]])('refuses to erase for %j, naming it, and deletes nothing', async (subject) => {
    await store.add([makeAnswer()]);
    await expect(store.erase(subject as never)).rejects.toThrow(`[hearken] erase: needs a non-empty visitorId or userId, got ${JSON.stringify(subject)}`);
    expect(await store.query()).toHaveLength(1);
  });

  it('refuses an unknown export format at once, before any query', () => {
    expect(() => store.export('xlsx' as 'csv')).toThrow('[hearken] export: format must be "csv" or "ndjson", got "xlsx"');
    expect(statements).toEqual([]);
  });

  it('refuses a from or to that is no ISO date or time before any query, and reads a Date as the time it is', async () => {
    await expect(store.query({ from: 'yesterday' })).rejects.toThrow('[hearken] query: from must be an ISO date or time, got "yesterday"');
    await expect(store.stats({ to: 'now' })).rejects.toThrow('[hearken] stats: to must be an ISO date or time, got "now"');
    expect(() => store.export('csv', { to: '2026-12-01T25:00' })).toThrow('[hearken] export: to must be an ISO date or time, got "2026-12-01T25:00"');
    await expect(store.contacts({ from: 5 as unknown as string })).rejects.toThrow('[hearken] contacts: from must be an ISO date or time, got 5');
    expect(statements).toEqual([]);
    const answer = makeAnswer({ answeredAt: '2026-12-01T00:00:00Z' });
    await store.add([answer]);
    expect(await store.query({ from: new Date('2026-12-01T00:00:00Z') as unknown as string })).toEqual([expect.objectContaining({ id: answer.id })]);
  });

  it('closes its database', async () => {
    await store.close();
    expect(closes).toBe(1);
  });
});
