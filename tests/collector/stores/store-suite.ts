// The one test suite every Store passes: the embedded store and the PostgreSQL store run it alike.
import { afterEach, expect, it } from 'vitest';
import type { AnswerFilter, Store } from '../../../src/collector';
import { isIsoDate } from '../../../src/collector/validate-values';
import { makeAnswer } from '../answers';

async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = '';
  for await (const chunk of chunks) text += chunk;
  return text;
}

/** A fresh, empty database, and how to open a store on it (again and again). */
export type FreshDatabase = () => Promise<() => Promise<Store>>;

/** Runs the store tests; each test gets a store on a fresh, empty database. */
export function storeSuite(freshDatabase: FreshDatabase): void {
  let store: Store | undefined;
  let open: () => Promise<Store>;
  afterEach(async () => {
    await store?.close();
    store = undefined;
  }, 30_000);
  const fresh = async () => {
    open = await freshDatabase();
    store = await open();
    return store;
  };

  it('runs its migrations once: a second start finds the schema in place', async () => {
    const s = await fresh();
    await s.add([makeAnswer()]);
    await s.close();
    store = await open();
    expect(await store.query()).toHaveLength(1);
  });

  it('stores a batch once and counts repeated ids as duplicates', async () => {
    const s = await fresh();
    const [a, b] = [makeAnswer(), makeAnswer()];
    expect(await s.add([a, b])).toEqual({ stored: 2, duplicates: 0, storedIds: [a.id, b.id] });
    expect(await s.add([b, makeAnswer({ id: a.id, score: 0 })])).toEqual({ stored: 0, duplicates: 2, storedIds: [] });
    const c = makeAnswer();
    expect(await s.add([c, c])).toEqual({ stored: 1, duplicates: 1, storedIds: [c.id] });
    const stored = await s.query();
    expect(stored.map((x) => x.id)).toEqual([a.id, b.id, c.id]);
    // the first write wins: the later record with a's id and another score changed nothing
    expect(stored[0].score).toBe(10);
  });

  it('gives answers back exactly as posted, with seq, receivedAt and done', async () => {
    const s = await fresh();
    const answer = makeAnswer({
      comment: "Robert'); DROP TABLE hearken_answers;-- 🎉 ".repeat(3),
      reasons: ['price', 'delivery'],
      contact: { consent: true, channel: 'email', value: 'ana@example.com' },
      meta: { plan: 'pro' },
      userId: 'u-42',
      touchpoint: 'checkout',
    });
    await s.add([answer]);
    const [stored] = await s.query();
    expect(stored).toEqual({ ...answer, seq: expect.any(Number), receivedAt: expect.any(String), done: false });
    expect(Date.parse(stored.receivedAt)).toBeGreaterThan(Date.now() - 60_000);
  });

  it('keeps a 100 KB comment with emoji intact', async () => {
    const s = await fresh();
    const comment = '😀 naïve café — 漢字 '.repeat(4000); // about 110 KB of UTF-8
    const answer = makeAnswer({ comment });
    await s.add([answer]);
    const [stored] = await s.query();
    expect(stored.comment).toBe(comment);
  });

  it('stores the earliest and latest answeredAt the collector accepts (years 1 and 9999 in UTC)', async () => {
    const s = await fresh();
    const answers = ['0001-01-01T00:00:00Z', '0001-01-01T01:00:00+01:00', '9999-12-31T23:59:59.999Z', '9999-12-31T18:00:00-05:00'].map(
      (answeredAt) => makeAnswer({ answeredAt }),
    );
    expect(answers.every((a) => isIsoDate(a.answeredAt))).toBe(true);
    expect((await s.add(answers)).stored).toBe(4);
    expect((await s.query()).map((a) => a.answeredAt)).toEqual(answers.map((a) => a.answeredAt));
  });

  it('filters by survey, touchpoint, locale, time and cursor, and limits', async () => {
    const s = await fresh();
    await s.add([
      makeAnswer({ survey: 'nps', touchpoint: 'checkout', locale: 'de', answeredAt: '2026-01-01T10:00:00Z' }),
      makeAnswer({ survey: 'csat', touchpoint: 'support', locale: 'en', answeredAt: '2026-01-02T10:00:00Z' }),
      makeAnswer({ survey: 'ces', locale: 'en', answeredAt: '2026-01-03T10:00:00Z' }),
    ]);
    const surveys = async (filter: Parameters<Store['query']>[0]) => (await s.query(filter)).map((a) => a.survey);
    expect(await surveys({ survey: 'csat' })).toEqual(['csat']);
    expect(await surveys({ touchpoint: 'checkout' })).toEqual(['nps']);
    expect(await surveys({ locale: 'en' })).toEqual(['csat', 'ces']);
    expect(await surveys({ from: '2026-01-02T00:00:00Z' })).toEqual(['csat', 'ces']);
    expect(await surveys({ to: '2026-01-02T00:00:00Z' })).toEqual(['nps']);
    expect(await surveys({ limit: 2 })).toEqual(['nps', 'csat']);
    const [first] = await s.query({ limit: 1 });
    expect(await surveys({ after: first.seq })).toEqual(['csat', 'ces']);
    expect(await surveys({ touchpoint: "x' OR '1'='1" })).toEqual([]);
  });

  it('reads a from or to without an offset as UTC (a date alone is midnight UTC), whatever the server’s time zone', async () => {
    const s = await fresh();
    await s.add([
      makeAnswer({ touchpoint: 'night', answeredAt: '2026-11-30T23:00:00Z', contact: { consent: true, channel: 'email' } }),
      makeAnswer({ touchpoint: 'early', answeredAt: '2026-12-01T02:00:00Z', contact: { consent: true, channel: 'email' } }),
      makeAnswer({ touchpoint: 'noon', answeredAt: '2026-12-01T12:00:00Z' }),
    ]);
    const touchpoints = async (filter: AnswerFilter) => (await s.query(filter)).map((a) => a.touchpoint);
    expect(await touchpoints({ from: '2026-12-01' })).toEqual(['early', 'noon']);
    expect(await touchpoints({ to: '2026-12-01' })).toEqual(['night']);
    expect(await touchpoints({ from: '2026-12-01T01:00', to: '2026-12-01T12:00:00.000' })).toEqual(['early']);
    // with an offset, as it says
    expect(await touchpoints({ from: '2026-11-30T20:00:00-05:00', to: '2026-12-01T04:00+01:00' })).toEqual(['early']);
    // stats, export and contacts read them alike
    expect((await s.stats({ from: '2026-12-01' })).total).toBe(2);
    expect((await collect(s.export('ndjson', { to: '2026-12-01' }))).trim().split('\n').map((line) => JSON.parse(line).touchpoint)).toEqual(['night']);
    expect((await s.contacts({ from: '2026-12-01' })).map((a) => a.touchpoint)).toEqual(['early']);
  });

  it('refuses a from or to that is not an ISO date or time with a TypeError that names it', async () => {
    const s = await fresh();
    const refused = (method: string, name: string, value: string) => new TypeError(`[hearken] ${method}: ${name} must be an ISO date or time, got "${value}"`);
    await expect(s.query({ from: 'yesterday' })).rejects.toEqual(refused('query', 'from', 'yesterday'));
    await expect(s.stats({ to: 'not a date' })).rejects.toEqual(refused('stats', 'to', 'not a date'));
    expect(() => s.export('csv', { from: '2026-02-30' })).toThrow(refused('export', 'from', '2026-02-30'));
    await expect(s.contacts({ to: '1 Dec 2026' })).rejects.toEqual(refused('contacts', 'to', '1 Dec 2026'));
    await expect(s.query({ from: '2026-12-01 00:00' })).rejects.toEqual(refused('query', 'from', '2026-12-01 00:00'));
  });

  it('computes stats with the scoring helpers', async () => {
    const s = await fresh();
    await s.add([
      makeAnswer({ score: 10 }), makeAnswer({ score: 9 }), makeAnswer({ score: 7 }), makeAnswer({ score: 0 }),
      makeAnswer({ survey: 'csat', score: 5 }), makeAnswer({ survey: 'csat', score: 3, scale: { min: 1, max: 3 } }),
      makeAnswer({ survey: 'ces', score: 7 }), makeAnswer({ survey: 'ces', score: 1, scale: { min: 1, max: 5 } }),
    ]);
    const stats = await s.stats();
    expect(stats.total).toBe(8);
    expect(stats.nps).toEqual({ count: 4, segments: { detractor: 1, passive: 1, promoter: 2 }, score: 25 });
    expect(stats.csat).toEqual({ count: 2, segments: { unsatisfied: 0, neutral: 0, satisfied: 2 }, score: 100 });
    expect(stats.ces).toEqual({ count: 2, segments: { difficult: 1, neutral: 0, easy: 1 }, score: { mean: 4, easy: 50, count: 2 } });
    expect((await s.stats({ survey: 'csat' })).nps).toEqual({ count: 0, segments: { detractor: 0, passive: 0, promoter: 0 }, score: null });
  });

  it('erases every answer of a visitor or of a user', async () => {
    const s = await fresh();
    await s.add([makeAnswer({ visitorId: 'v1' }), makeAnswer({ visitorId: 'v1', userId: 'u1' }), makeAnswer({ visitorId: 'v2', userId: 'u1' }), makeAnswer({ visitorId: 'v3' })]);
    expect(await s.erase({ visitorId: 'v1' })).toEqual({ erased: 2 });
    expect(await s.erase({ userId: 'u1' })).toEqual({ erased: 1 });
    expect(await s.erase({ userId: 'nobody' })).toEqual({ erased: 0 });
    expect((await s.query()).map((a) => a.visitorId)).toEqual(['v3']);
    await expect(s.erase({ visitorId: '' })).rejects.toThrow(/visitorId or userId/);
  });

  it('exports NDJSON as posted and CSV with one header row, safe for spreadsheets', async () => {
    const s = await fresh();
    const answers = [makeAnswer({ comment: '=HYPERLINK("http://evil")', reasons: ['a', 'b'] }), makeAnswer({ comment: 'line one\nline "two", ok' })];
    await s.add(answers);
    const ndjson = await collect(s.export('ndjson'));
    expect(ndjson.trim().split('\n').map((line) => JSON.parse(line))).toEqual(answers);
    const csv = await collect(s.export('csv'));
    const lines = csv.split('\r\n');
    expect(lines[0]).toMatch(/^id,survey,score,scaleMin,scaleMax,segment,comment,reasons,/);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).toContain('a;b');
    expect(csv).toContain('"line one\nline ""two"", ok"');
    expect(() => s.export('xml' as 'csv')).toThrow(/csv.*ndjson/);
  });

  it('streams an export of more answers than one page, in order', async () => {
    const s = await fresh();
    const answers = Array.from({ length: 1200 }, () => makeAnswer());
    for (let i = 0; i < answers.length; i += 400) await s.add(answers.slice(i, i + 400));
    let chunks = 0;
    const ids: string[] = [];
    for await (const line of s.export('ndjson')) {
      chunks++;
      ids.push(JSON.parse(line).id);
    }
    expect(ids).toEqual(answers.map((a) => a.id));
    expect(chunks).toBe(1200);
  });

  it('lists consented contacts newest first and keeps done marks', async () => {
    const s = await fresh();
    const older = makeAnswer({ answeredAt: '2026-01-01T00:00:00Z', contact: { consent: true, channel: 'phone', value: '+44 20 7946 0958' } });
    const newer = makeAnswer({ answeredAt: '2026-02-01T00:00:00Z', contact: { consent: true, channel: 'email' } });
    await s.add([older, makeAnswer(), newer]);
    expect((await s.contacts()).map((a) => a.id)).toEqual([newer.id, older.id]);
    expect(await s.setDone(older.id, true)).toBe(true);
    expect(await s.setDone('no-such-id', true)).toBe(false);
    // the mark is in the database: a store opened on it again sees it
    await s.close();
    store = await open();
    expect((await store.contacts()).map((a) => [a.id, a.done])).toEqual([[newer.id, false], [older.id, true]]);
  });
}
