import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateAnswers, seededRandom } from '../../demo/server/seed-data.mjs';
import { parseSeedArgs, seed } from '../../demo/server/seed.mjs';
import { checkBatch } from '../../src/collector/index';
import { createMemoryStore } from './memory-store';
import { cesScore, csatScore, npsScore, scaleFor, segmentOf } from '../../src/surveys/index';
import { latestComments } from '../../demo/dashboard/metrics.js';
import type { Answer } from '../../src/surveys/index';

/** An answer record with issue 13's follow-up fields. */
type Seeded = Answer & { reasons?: string[]; contact?: { consent: true; channel: 'email' | 'phone'; value?: string } };
const END = Date.UTC(2025, 5, 30, 18);
const answers = generateAnswers({ end: END }) as unknown as Seeded[];
const dir = mkdtempSync(join(tmpdir(), 'hearken-seed-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const within = (from: number, to: number) => answers.filter((a) => Date.parse(a.answeredAt) >= END - from * 864e5 && Date.parse(a.answeredAt) < END - to * 864e5);

describe('generateAnswers', () => {
  it('makes 3000 answers over 90 days, every one accepted by the collector and segmented as hearken does', () => {
    expect(answers).toHaveLength(3000);
    for (let i = 0; i < answers.length; i += 500) expect(checkBatch({ answers: answers.slice(i, i + 500) })).toMatchObject({ ok: true });
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

  it('seeds the follow-up: reasons from unhappy and middling visitors, consented contact requests from unhappy ones', () => {
    const withReasons = answers.filter((a) => a.reasons);
    expect(withReasons.length).toBeGreaterThan(300);
    expect(new Set(withReasons.flatMap((a) => a.reasons!))).toEqual(new Set(['delivery-time', 'price', 'product-quality', 'website', 'support', 'packaging']));
    expect(withReasons.every((a) => segmentOf(a.survey, a.score, a.scale) != ['promoter', 'satisfied', 'easy'][['nps', 'csat', 'ces'].indexOf(a.survey)])).toBe(true);
    const contacts = answers.filter((a) => a.contact);
    expect(contacts.length).toBeGreaterThan(30);
    for (const a of contacts) {
      expect(a.contact!.consent).toBe(true);
      expect(['detractor', 'unsatisfied', 'difficult']).toContain(a.segment);
      // a signed-in visitor is reached through the account; the others typed an address or a number
      if (a.userId) expect(a.contact!.value).toBeUndefined();
      else expect(a.contact!.value).toMatch(a.contact!.channel == 'email' ? /@example\.com$/ : /^\+44 20 7946 0\d{3}$/);
    }
    // while the carrier was late, delivery is what unhappy customers name most
    const late = within(53, 43).filter((a) => a.touchpoint == 'delivery' && a.reasons && a.segment == 'unsatisfied');
    expect(late.filter((a) => a.reasons!.includes('delivery-time')).length / late.length).toBeGreaterThan(0.5);
  });

  it('shows no comment twice among the newest the dashboard lists, for any segment filter', () => {
    const scoring = { segmentOf, scaleFor };
    for (const polarity of ['negative', 'neutral', 'positive'] as const) {
      const newest = latestComments(answers, { polarity, limit: 30 }, scoring as never).map((c) => c.answer.comment);
      expect(new Set(newest).size, polarity).toBe(newest.length);
    }
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
  it("writes through the collector kit's store, replacing the earlier sample and keeping real answers", async () => {
    const store = createMemoryStore();
    const real = { ...answers[0], id: 'real-1', visitorId: 'v-real' };
    await store.add([real]);
    expect(await seed(store, { count: 20, end: END })).toEqual({ seeded: 20, replaced: 0, kept: 1 });
    expect(await seed(store, { count: 30, end: END, seed: 7 })).toEqual({ seeded: 30, replaced: 20, kept: 1 });
    const stored = await store.query();
    expect(stored).toHaveLength(31);
    expect(stored.filter((a) => !a.id.startsWith('seed-')).map((a) => a.id)).toEqual(['real-1']);
    expect(stored.filter((a) => a.id.startsWith('seed-')).map((a) => a.id).sort()).toEqual(
      generateAnswers({ count: 30, end: END, seed: 7 }).map((a) => a.id).sort(),
    );
    await store.close();
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
