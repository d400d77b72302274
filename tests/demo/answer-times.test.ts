/**
 * The dashboard reads `answeredAt` as a time, whatever zone the visitor's device wrote it in: lists newest first by
 * time, days by the UTC day the store keys them by (comparing the text put 06:00+09:00 after 14:00-08:00).
 */
import { describe, expect, it } from 'vitest';
import { byDay, dayOf, latestComments, timeOf } from '../../demo/dashboard/metrics.js';
import { toContact } from '../../demo/dashboard/follow-up.js';
import { cesScore, csatInterval, csatScore, npsInterval, npsScore, reasonCounts, scaleFor, segmentCounts, segmentOf } from '../../src/surveys/index';
import type { Answer } from '../../src/surveys/index';
import { answerOf } from './helpers';

const scoring = { npsScore, csatScore, cesScore, segmentCounts, segmentOf, scaleFor, npsInterval, csatInterval, reasonCounts };
// 22:00 UTC on 7 December, written in California; 21:00 UTC on 7 December, written in Tokyo (already the 8th there)
const later = answerOf('csat', 1, { id: 'later', answeredAt: '2026-12-07T14:00:00-08:00', comment: 'Broken box' });
const earlier = answerOf('csat', 1, { id: 'earlier', answeredAt: '2026-12-08T06:00:00+09:00', comment: 'Late' });
const contact = { consent: true as const, channel: 'email' as const, value: 'sam@example.com' };

describe('answer times on the dashboard', () => {
  it('reads an answer’s time and UTC day from its own zone', () => {
    expect(timeOf(earlier)).toBe(Date.UTC(2026, 11, 7, 21));
    expect([dayOf(later), dayOf(earlier)]).toEqual(['2026-12-07', '2026-12-07']);
  });

  it('lists the latest comments and the contacts to call newest first by time, not by the text of the date', () => {
    expect(latestComments([earlier, later], { polarity: 'all' }, scoring).map((c) => c.answer.id)).toEqual(['later', 'earlier']);
    const asked = [earlier, later].map((a) => ({ ...a, contact }) as Answer & { contact: typeof contact });
    expect(toContact(asked, scoring).map((a) => a.id)).toEqual(['later', 'earlier']);
  });

  it('counts both in the day they fall on in UTC, as the store does: the by-day series adds up to the total', () => {
    const days = byDay([earlier, later], 'csat', scoring, { days: 7, now: Date.UTC(2026, 11, 7, 23) });
    expect(days.filter((d: { count: number }) => d.count).map((d: { day: string; count: number }) => [d.day, d.count])).toEqual([['2026-12-07', 2]]);
  });
});
