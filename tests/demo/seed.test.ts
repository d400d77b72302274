import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateAnswers, seededRandom } from '../../demo/server/seed-data.mjs';
import { parseSeedArgs, seed } from '../../demo/server/seed.mjs';
import { checkBatch } from '../../demo/server/validate.mjs';
import { createAnswerStore } from '../../demo/server/store.mjs';
import { cesScore, csatScore, npsScore, segmentOf } from '../../src/surveys/index';
import type { Answer } from '../../src/types';

const END = Date.UTC(2025, 5, 30, 18);
const answers = generateAnswers({ end: END }) as unknown as Answer[];
const dir = mkdtempSync(join(tmpdir(), 'hearken-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const within = (from: number, to: number) => answers.filter((a) => Date.parse(a.answeredAt) >= END - from * 864e5 && Date.parse(a.answeredAt) < END - to * 864e5);

describe('generateAnswers', () => {
  it('makes 3000 answers over 90 days, every one accepted by the collector and segmented as hearken does', () => {
    expect(answers).toHaveLength(3000);
    expect(checkBatch({ answers })).toEqual({ ok: true, answers });
    expect(new Set(answers.map((a) => a.id)).size).toBe(3000);
    expect(Date.parse(answers[0].answeredAt)).toBeGreaterThanOrEqual(END - 90 * 864e5);
    expect(Date.parse(answers[answers.length - 1].answeredAt)).toBeLessThanOrEqual(END);
    for (const a of answers) expect(a.segment).toBe(segmentOf(a.survey, a.score, a.scale));
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateAnswers({ end: END, count: 50 })).toEqual(generateAnswers({ end: END, count: 50 }));
    expect(generateAnswers({ end: END, count: 50, seed: 7 })).not.toEqual(generateAnswers({ end: END, count: 50 }));
    const a = seededRandom(1);
    const b = seededRandom(1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('has trends to show: NPS up, a CSAT dip in delivery mid-period, checkout effort down after day 60', () => {
    const early = within(90, 60);
    const late = within(30, 0);
    expect(npsScore(late)! - npsScore(early)!).toBeGreaterThan(10);
    const delivery = (list: Answer[]) => list.filter((a) => a.touchpoint == 'delivery');
    expect(csatScore(delivery(within(53, 43)))! + 15).toBeLessThan(csatScore(delivery(within(30, 0)))!);
    const checkout = (list: Answer[]) => list.filter((a) => a.touchpoint == 'checkout');
    expect(cesScore(checkout(late))!.easy).toBeGreaterThan(cesScore(checkout(early))!.easy + 10);
  });

  it('spreads over touchpoints and locales, with comments in several languages', () => {
    expect(new Set(answers.map((a) => a.touchpoint)).size).toBeGreaterThanOrEqual(6);
    expect([...new Set(answers.map((a) => a.locale))].sort()).toEqual(['de', 'en', 'es', 'fr', 'pl']);
    const commented = answers.filter((a) => a.comment);
    expect(commented.length).toBeGreaterThan(600);
    expect(new Set(commented.map((a) => a.locale)).size).toBe(5);
  });
});

describe('seed (npm run seed-demo)', () => {
  it('replaces earlier sample answers, keeps real ones, and the store loads the result', () => {
    const real = JSON.stringify({ id: 'real-1', survey: 'nps', score: 10 });
    writeFileSync(join(dir, 'answers.jsonl'), JSON.stringify({ id: 'seed-old' }) + '\n' + real + '\n');
    expect(seed(dir, { count: 20, end: END })).toEqual({ file: join(dir, 'answers.jsonl'), seeded: 20, kept: 1 });
    expect(seed(dir, { count: 30, end: END })).toMatchObject({ seeded: 30, kept: 1 });
    const lines = readFileSync(join(dir, 'answers.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(31);
    expect(lines[30]).toBe(real);
    const store = createAnswerStore(dir);
    expect(store.count()).toBe(31);
    expect(store.has('seed-old')).toBe(false);
  });

  it('reads its options and refuses bad ones', () => {
    expect(parseSeedArgs(['--data=/tmp/x', '--count=10', '--days=30', '--seed=3', '--end=2025-06-30T00:00:00Z'])).toEqual({
      dataDir: '/tmp/x',
      options: { count: 10, days: 30, seed: 3, end: Date.UTC(2025, 5, 30) },
    });
    expect(() => parseSeedArgs(['--count=lots'])).toThrow('[hearken] --count must be a whole number ≥ 1, got lots');
    expect(() => parseSeedArgs(['--fresh'])).toThrow('[hearken] unknown option --fresh');
  });
});
