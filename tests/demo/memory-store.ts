// A Store of the collector kit's interface, in memory, for the demo's tests: the embedded store (PGlite) takes
// seconds to create on a busy machine, and the kit's own suite tests it. Semantics as the kit's: seq never
// reused, dedup by id, query oldest first, contacts newest first, erase by visitor or user.
import type { AnswerFilter, CollectedAnswer, Store, StoredAnswer } from '../../src/collector/index';
import { cesScore, csatScore, npsScore, segmentCounts } from '../../src/surveys/index';

function covers(filter: AnswerFilter, answer: StoredAnswer): boolean {
  const at = Date.parse(answer.answeredAt);
  if (filter.after !== undefined && answer.seq <= filter.after) return false;
  if (filter.from && at < Date.parse(filter.from)) return false;
  if (filter.to && at >= Date.parse(filter.to)) return false;
  return (['survey', 'touchpoint', 'locale'] as const).every((field) => !filter[field] || answer[field] == filter[field]);
}

/** Creates an empty memory store. */
export function createMemoryStore(): Store {
  let rows: StoredAnswer[] = [];
  let lastSeq = 0;
  const select = (filter: AnswerFilter = {}) => rows.filter((row) => covers(filter, row)).slice(0, filter.limit ?? Infinity);
  const counted = <S extends 'nps' | 'csat' | 'ces'>(list: StoredAnswer[], survey: S) => {
    const segments = segmentCounts(list, survey);
    return { count: Object.values<number>(segments).reduce((sum, n) => sum + n, 0), segments };
  };
  return {
    async add(batch: CollectedAnswer[]) {
      const storedIds: string[] = [];
      const receivedAt = new Date().toISOString();
      for (const answer of batch) {
        if (rows.some((row) => row.id == answer.id)) continue;
        rows.push({ ...structuredClone(answer), seq: ++lastSeq, receivedAt, done: false });
        storedIds.push(answer.id);
      }
      return { stored: storedIds.length, duplicates: batch.length - storedIds.length, storedIds };
    },
    query: async (filter) => select(filter).map((row) => ({ ...row })),
    async stats(filter) {
      const list = select(filter);
      return {
        total: list.length,
        nps: { ...counted(list, 'nps'), score: npsScore(list) },
        csat: { ...counted(list, 'csat'), score: csatScore(list) },
        ces: { ...counted(list, 'ces'), score: cesScore(list) },
      };
    },
    async erase(subject) {
      const before = rows.length;
      rows = rows.filter((row) => ('visitorId' in subject ? row.visitorId != subject.visitorId : row.userId != subject.userId));
      return { erased: before - rows.length };
    },
    async *export(format, filter) {
      if (format == 'csv') yield 'id,survey,score,answeredAt\n';
      for (const row of select(filter)) yield format == 'csv' ? `${row.id},${row.survey},${row.score},${row.answeredAt}\n` : JSON.stringify(row) + '\n';
    },
    async contacts(filter) {
      return select({ ...filter, limit: undefined })
        .filter((row) => row.contact?.consent === true)
        .sort((a, b) => b.answeredAt.localeCompare(a.answeredAt) || b.seq - a.seq)
        .slice(0, filter?.limit ?? Infinity);
    },
    async setDone(id, done) {
      const row = rows.find((r) => r.id == id);
      if (row) row.done = done;
      return !!row;
    },
    close: async () => {},
  };
}
