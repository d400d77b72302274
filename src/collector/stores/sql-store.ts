import type { AddResult, AnswerFilter, CollectedAnswer, ErasureSubject, ExportFormat, Store, StoredAnswer } from '../types';
import type { SqlDatabase } from './database';
import { csvHeader, csvRow } from './export-format';
import { checkFilter, limitOf, whereOf } from './filter';
import { statsOf, type ScoreGroup } from './stats';

const COLUMNS = [
  'id', 'survey', 'score', 'scale_min', 'scale_max', 'segment', 'touchpoint', 'locale', 'visitor_id', 'user_id',
  'answered_at', 'day', 'has_contact', 'record',
];
const SELECTED = 'SELECT seq, received_at, done, record FROM hearken_answers';
// The batches' inserts take turns, each holding this lock (its key is `hearken` in ASCII) until it commits. A `seq` is handed out
// as a row is inserted, not as it commits: two batches at once could commit out of `seq` order, and a reader
// following the `seq` cursor (`after`), having read the later one, skipped the earlier for good. Taking turns also
// keeps two batches holding the same ids in another order from deadlocking.
const INSERT_TURN = 'SELECT pg_advisory_xact_lock(29384866783782254)';
// Rows an export reads at a time: memory stays flat however many answers there are.
const EXPORT_PAGE = 500;

interface AnswerRow {
  seq: number | string;
  received_at: Date | string;
  done: boolean;
  record: string;
}

function valuesOf(answer: CollectedAnswer): unknown[] {
  const answeredAt = new Date(answer.answeredAt);
  return [
    answer.id, answer.survey, answer.score, answer.scale.min, answer.scale.max, answer.segment,
    answer.touchpoint ?? null, answer.locale, answer.visitorId, answer.userId ?? null,
    answeredAt.toISOString(), answeredAt.toISOString().slice(0, 10), answer.contact?.consent === true,
    JSON.stringify(answer),
  ];
}

function answerOf(row: AnswerRow): StoredAnswer {
  const record = JSON.parse(row.record) as CollectedAnswer;
  return { ...record, seq: Number(row.seq), receivedAt: new Date(row.received_at).toISOString(), done: row.done };
}

function insertSql(count: number): string {
  const rows: string[] = [];
  for (let r = 0; r < count; r++) {
    rows.push(`(${COLUMNS.map((_, c) => `$${r * COLUMNS.length + c + 1}`).join(', ')})`);
  }
  return `INSERT INTO hearken_answers (${COLUMNS.join(', ')}) VALUES ${rows.join(', ')} ON CONFLICT (id) DO NOTHING RETURNING id`;
}

async function* exportRows(db: SqlDatabase, format: ExportFormat, filter: AnswerFilter): AsyncGenerator<string> {
  if (format == 'csv') yield csvHeader();
  let after = filter.after ?? 0;
  for (;;) {
    const where = whereOf({ ...filter, after });
    const { rows } = await db.query<AnswerRow>(`${SELECTED}${where.sql} ORDER BY seq LIMIT ${EXPORT_PAGE}`, where.params);
    for (const row of rows) yield format == 'csv' ? csvRow(answerOf(row)) : row.record + '\n';
    if (rows.length < EXPORT_PAGE) return;
    after = Number(rows[rows.length - 1].seq);
  }
}

/**
 * A `Store` on a SQL database that has run the migrations: the one implementation behind the embedded store
 * (PGlite) and the PostgreSQL store.
 */
export function createSqlStore(db: SqlDatabase): Store {
  return {
    async add(answers) {
      if (!answers.length) return { stored: 0, duplicates: 0, storedIds: [] } satisfies AddResult;
      const { rows } = await db.transaction(async (tx) => {
        await tx.query(INSERT_TURN);
        return tx.query<{ id: string }>(insertSql(answers.length), answers.flatMap(valuesOf));
      });
      const inserted = new Set(rows.map((row) => row.id));
      const storedIds = answers.map((answer) => answer.id).filter((id, i, ids) => inserted.has(id) && ids.indexOf(id) == i);
      return { stored: storedIds.length, duplicates: answers.length - storedIds.length, storedIds };
    },
    async query(filter = {}) {
      filter = checkFilter('query', filter);
      const where = whereOf(filter);
      const { rows } = await db.query<AnswerRow>(`${SELECTED}${where.sql} ORDER BY seq${limitOf(filter)}`, where.params);
      return rows.map(answerOf);
    },
    async stats(filter = {}) {
      const where = whereOf(checkFilter('stats', filter));
      const sql = `SELECT survey, score, scale_min, scale_max, count(*) AS count FROM hearken_answers${where.sql} GROUP BY survey, score, scale_min, scale_max`;
      return statsOf((await db.query<ScoreGroup>(sql, where.params)).rows);
    },
    async erase(subject: ErasureSubject) {
      const [column, value] = 'visitorId' in subject ? ['visitor_id', subject.visitorId] : ['user_id', subject.userId];
      if (typeof value != 'string' || !value) throw new TypeError(`[hearken] erase: needs a non-empty visitorId or userId, got ${JSON.stringify(subject)}`);
      const { rows } = await db.query(`DELETE FROM hearken_answers WHERE ${column} = $1 RETURNING seq`, [value]);
      return { erased: rows.length };
    },
    export(format, filter = {}) {
      if (format != 'csv' && format != 'ndjson') throw new TypeError(`[hearken] export: format must be "csv" or "ndjson", got ${JSON.stringify(format)}`);
      return exportRows(db, format, checkFilter('export', filter));
    },
    async contacts(filter = {}) {
      filter = checkFilter('contacts', filter);
      const where = whereOf(filter, ['has_contact']);
      const sql = `${SELECTED}${where.sql} ORDER BY answered_at DESC, seq DESC${limitOf(filter)}`;
      return (await db.query<AnswerRow>(sql, where.params)).rows.map(answerOf);
    },
    async setDone(id, done) {
      const { rows } = await db.query('UPDATE hearken_answers SET done = $2 WHERE id = $1 RETURNING seq', [id, done === true]);
      return rows.length > 0;
    },
    close: () => db.close(),
  };
}
