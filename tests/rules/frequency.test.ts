import { describe, expect, it } from 'vitest';
import { checkFrequency, migrateHistory, readHistory, record, surveyKey } from '../../src/rules/frequency';
import { KEYS } from '../../src/storage/index';
import { memoryStorage } from '../../src/storage/index';
import type { SurveyKind } from '../../src/surveys/types';

const DAY = 864e5;
const NOW = Date.UTC(2026, 10, 22);

describe('checkFrequency', () => {
  it.each([
    // survey, history, limits, reason ('' = may show)
    ['nps', undefined, {}, ''],
    ['nps', { answeredAt: NOW - 12 * DAY }, {}, 'resurvey: answered nps 12d ago (wait 90d)'],
    ['nps', { answeredAt: NOW - 89 * DAY }, {}, 'resurvey: answered nps 89d ago (wait 90d)'],
    ['nps', { answeredAt: NOW - 90 * DAY }, {}, ''],
    ['csat', { answeredAt: NOW - 29 * DAY }, {}, 'resurvey: answered csat 29d ago (wait 30d)'],
    ['ces', { answeredAt: NOW - 31 * DAY }, {}, ''],
    ['nps', { answeredAt: NOW - 12 * DAY }, { resurveyDays: 7 }, ''],
    ['nps', { answeredAt: NOW - 1000 }, { resurveyDays: 0 }, ''],
    ['nps', { dismissedAt: NOW - 3 * DAY }, {}, 'dismiss: closed nps 3d ago (wait 14d)'],
    ['nps', { dismissedAt: NOW - 14 * DAY }, {}, ''],
    ['nps', { dismissedAt: NOW - 3 * DAY }, { dismissDays: 2 }, ''],
    ['nps', { answeredAt: NOW - 100 * DAY, dismissedAt: NOW - 1 * DAY }, {}, 'dismiss: closed nps 1d ago (wait 14d)'],
    // a clock a little behind another tab's: counts as today
    ['nps', { answeredAt: NOW + 1000 }, {}, 'resurvey: answered nps 0d ago (wait 90d)'],
    // a clock that was far ahead when the answer was stored does not block for years
    ['nps', { answeredAt: NOW + 400 * DAY }, {}, ''],
  ])('%s with %j and %j → %j', (survey, entry, limits, reason) => {
    expect(checkFrequency(entry, survey, survey as SurveyKind, limits, NOW)).toBe(reason);
  });

  it('a dismiss does not mean never: shown again after dismissDays', () => {
    const store = memoryStorage();
    record(store, 'nps', 'dismissedAt', NOW);
    const at = (days: number) => !checkFrequency(readHistory(store).nps, 'nps', 'nps', {}, NOW + days * DAY);
    expect([at(0), at(1), at(13.9), at(14), at(60)]).toEqual([false, false, false, true, true]);
  });
});

describe('history', () => {
  it('is kept per survey and touchpoint, so an NPS answer does not block a CSAT, nor checkout block delivery', () => {
    const store = memoryStorage();
    record(store, surveyKey('nps'), 'answeredAt', NOW);
    record(store, surveyKey('csat', 'checkout'), 'answeredAt', NOW);
    const h = readHistory(store);
    const ok = (key: string, survey: SurveyKind) => !checkFrequency(h[key], key, survey, {}, NOW + DAY);
    expect(ok('nps', 'nps')).toBe(false);
    expect(ok('csat', 'csat')).toBe(true);
    expect(ok(surveyKey('csat', 'checkout'), 'csat')).toBe(false);
    expect(ok(surveyKey('csat', 'delivery'), 'csat')).toBe(true);
  });

  it.each(['[1,2', '[1,2]', '7'])('is JSON under hearken:history and survives corrupt data (%s)', (corrupt) => {
    const store = memoryStorage({ [KEYS.history]: corrupt });
    expect(readHistory(store)).toEqual({});
    record(store, 'ces', 'answeredAt', NOW);
    record(store, 'ces', 'dismissedAt', NOW + 1);
    expect(JSON.parse(store.get(KEYS.history)!)).toEqual({ ces: { answeredAt: NOW, dismissedAt: NOW + 1 } });
  });
});

describe('history written by 0.1 (`{ a, d }`)', () => {
  const stored = (history: unknown) => memoryStorage({ [KEYS.history]: JSON.stringify(history) });

  it('is read as answers and dismissals, so a visitor who answered or closed before is not asked again too soon', () => {
    const store = stored({ nps: { a: NOW - 12 * DAY }, 'csat@checkout': { d: NOW - 3 * DAY } });
    expect(readHistory(store)).toEqual({ nps: { answeredAt: NOW - 12 * DAY }, 'csat@checkout': { dismissedAt: NOW - 3 * DAY } });
    expect(checkFrequency(readHistory(store).nps, 'nps', 'nps', {}, NOW)).toBe('resurvey: answered nps 12d ago (wait 90d)');
    expect(checkFrequency(readHistory(store)['csat@checkout'], 'csat@checkout', 'csat', {}, NOW)).toBe('dismiss: closed csat@checkout 3d ago (wait 14d)');
  });

  it('is written back in today\'s names at the next record, keeping what it held', () => {
    const store = stored({ nps: { a: NOW - 12 * DAY, d: NOW - 5 * DAY }, ces: { a: NOW - DAY } });
    record(store, 'nps', 'dismissedAt', NOW);
    expect(JSON.parse(store.get(KEYS.history)!)).toEqual({
      nps: { answeredAt: NOW - 12 * DAY, dismissedAt: NOW },
      ces: { answeredAt: NOW - DAY },
    });
  });

  it('takes the later time where a tab running 0.1 added its own to an entry in today\'s names', () => {
    const store = stored({ nps: { answeredAt: NOW - 100 * DAY, a: NOW - 2 * DAY, dismissedAt: NOW - DAY, d: NOW - 30 * DAY } });
    expect(readHistory(store)).toEqual({ nps: { answeredAt: NOW - 2 * DAY, dismissedAt: NOW - DAY } });
  });

  it('is rewritten in today\'s names by migrateHistory (what the light start reads), and left alone when already so', () => {
    const store = stored({ nps: { a: NOW - 12 * DAY } });
    migrateHistory(store);
    expect(JSON.parse(store.get(KEYS.history)!)).toEqual({ nps: { answeredAt: NOW - 12 * DAY } });
    // 0.1 kept its outbox without the waiting marker: it is set, so that a light page view delivers what 0.1 left
    expect(store.get(KEYS.waiting)).not.toBeNull();
    const today = stored({ nps: { answeredAt: NOW } });
    const before = today.get(KEYS.history);
    migrateHistory(today);
    expect(today.get(KEYS.history)).toBe(before);
    expect(today.get(KEYS.waiting)).toBeNull();
  });

  it('reads what is no entry as one with nothing recorded', () => {
    const history = readHistory(stored({ nps: 5, ces: null, csat: { a: 'soon' } }));
    for (const survey of ['nps', 'ces', 'csat'] as const) expect(checkFrequency(history[survey], survey, survey, {}, NOW)).toBe('');
  });
});
