import { describe, expect, it } from 'vitest';
import { checkFrequency, readHistory, record, surveyKey } from '../../src/rules/frequency';
import { KEYS } from '../../src/storage/index';
import { memoryStorage } from '../../src/storage/index';
import type { SurveyKind } from '../../src/surveys/types';

const DAY = 864e5;
const NOW = Date.UTC(2026, 10, 22);

describe('checkFrequency', () => {
  it.each([
    // survey, history, limits, reason ('' = may show)
    ['nps', undefined, {}, ''],
    ['nps', { a: NOW - 12 * DAY }, {}, 'resurvey: answered nps 12d ago (wait 90d)'],
    ['nps', { a: NOW - 89 * DAY }, {}, 'resurvey: answered nps 89d ago (wait 90d)'],
    ['nps', { a: NOW - 90 * DAY }, {}, ''],
    ['csat', { a: NOW - 29 * DAY }, {}, 'resurvey: answered csat 29d ago (wait 30d)'],
    ['ces', { a: NOW - 31 * DAY }, {}, ''],
    ['nps', { a: NOW - 12 * DAY }, { resurveyDays: 7 }, ''],
    ['nps', { a: NOW - 1000 }, { resurveyDays: 0 }, ''],
    ['nps', { d: NOW - 3 * DAY }, {}, 'dismiss: closed nps 3d ago (wait 14d)'],
    ['nps', { d: NOW - 14 * DAY }, {}, ''],
    ['nps', { d: NOW - 3 * DAY }, { dismissDays: 2 }, ''],
    ['nps', { a: NOW - 100 * DAY, d: NOW - 1 * DAY }, {}, 'dismiss: closed nps 1d ago (wait 14d)'],
    // a clock a little behind another tab's: counts as today
    ['nps', { a: NOW + 1000 }, {}, 'resurvey: answered nps 0d ago (wait 90d)'],
    // a clock that was far ahead when the answer was stored does not block for years
    ['nps', { a: NOW + 400 * DAY }, {}, ''],
  ])('%s with %j and %j → %j', (survey, entry, limits, reason) => {
    expect(checkFrequency(entry, survey, survey as SurveyKind, limits, NOW)).toBe(reason);
  });

  it('a dismiss does not mean never: shown again after dismissDays', () => {
    const store = memoryStorage();
    record(store, 'nps', 'd', NOW);
    const at = (days: number) => !checkFrequency(readHistory(store).nps, 'nps', 'nps', {}, NOW + days * DAY);
    expect([at(0), at(1), at(13.9), at(14), at(60)]).toEqual([false, false, false, true, true]);
  });
});

describe('history', () => {
  it('is kept per survey and touchpoint, so an NPS answer does not block a CSAT, nor checkout block delivery', () => {
    const store = memoryStorage();
    record(store, surveyKey('nps'), 'a', NOW);
    record(store, surveyKey('csat', 'checkout'), 'a', NOW);
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
    record(store, 'ces', 'a', NOW);
    record(store, 'ces', 'd', NOW + 1);
    expect(JSON.parse(store.get(KEYS.history)!)).toEqual({ ces: { a: NOW, d: NOW + 1 } });
  });
});
