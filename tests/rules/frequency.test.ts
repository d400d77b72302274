import { describe, expect, it } from 'vitest';
import { checkFrequency, readHistory, recordAnswer, recordDismiss, surveyKey, HISTORY_KEY } from '../../src/rules/frequency';
import { memoryStorage } from '../../src/rules/storage';
import type { SurveyKind } from '../../src/types';

const DAY = 864e5;
const NOW = Date.UTC(2026, 10, 22);

describe('checkFrequency', () => {
  it.each([
    // survey, history, options, show, reason
    ['nps', undefined, {}, true, 'frequency: not asked recently'],
    ['nps', { answeredAt: NOW - 12 * DAY }, {}, false, 'resurvey: answered nps 12 days ago (wait 90)'],
    ['nps', { answeredAt: NOW - 89 * DAY }, {}, false, 'resurvey: answered nps 89 days ago (wait 90)'],
    ['nps', { answeredAt: NOW - 90 * DAY }, {}, true, 'frequency: not asked recently'],
    ['csat', { answeredAt: NOW - 29 * DAY }, {}, false, 'resurvey: answered csat 29 days ago (wait 30)'],
    ['ces', { answeredAt: NOW - 31 * DAY }, {}, true, 'frequency: not asked recently'],
    ['nps', { answeredAt: NOW - 12 * DAY }, { resurveyDays: 7 }, true, 'frequency: not asked recently'],
    ['nps', { answeredAt: NOW - 1000 }, { resurveyDays: 0 }, true, 'frequency: not asked recently'],
    ['nps', { dismissedAt: NOW - 3 * DAY }, {}, false, 'dismiss: closed nps 3 days ago (wait 14)'],
    ['nps', { dismissedAt: NOW - 14 * DAY }, {}, true, 'frequency: not asked recently'],
    ['nps', { dismissedAt: NOW - 3 * DAY }, { dismissDays: 2 }, true, 'frequency: not asked recently'],
    ['nps', { answeredAt: NOW - 100 * DAY, dismissedAt: NOW - 1 * DAY }, {}, false, 'dismiss: closed nps 1 day ago (wait 14)'],
    // a clock that was far ahead when the answer was stored does not block for years
    ['nps', { answeredAt: NOW + 400 * DAY }, {}, true, 'frequency: not asked recently'],
  ])('%s with %j and %j → %s', (survey, entry, limits, show, reason) => {
    expect(checkFrequency(entry, survey, { survey: survey as SurveyKind, ...limits }, NOW)).toEqual({ show, reason });
  });

  it('a dismiss does not mean never: shown again after dismissDays', () => {
    const store = memoryStorage();
    recordDismiss(store, 'nps', NOW);
    const at = (days: number) => checkFrequency(readHistory(store).nps, 'nps', { survey: 'nps' }, NOW + days * DAY).show;
    expect([at(0), at(1), at(13.9), at(14), at(60)]).toEqual([false, false, false, true, true]);
  });
});

describe('history', () => {
  it('is kept per survey and touchpoint, so an NPS answer does not block a CSAT, nor checkout block delivery', () => {
    const store = memoryStorage();
    recordAnswer(store, surveyKey('nps'), NOW);
    recordAnswer(store, surveyKey('csat', 'checkout'), NOW);
    const h = readHistory(store);
    const ok = (key: string, survey: SurveyKind) => checkFrequency(h[key], key, { survey }, NOW + DAY).show;
    expect(ok('nps', 'nps')).toBe(false);
    expect(ok('csat', 'csat')).toBe(true);
    expect(ok(surveyKey('csat', 'checkout'), 'csat')).toBe(false);
    expect(ok(surveyKey('csat', 'delivery'), 'csat')).toBe(true);
  });

  it('is JSON under hearken:history and survives corrupt data', () => {
    const store = memoryStorage({ [HISTORY_KEY]: '[1,2' });
    expect(readHistory(store)).toEqual({});
    recordAnswer(store, 'ces', NOW);
    recordDismiss(store, 'ces', NOW + 1);
    expect(JSON.parse(store.get(HISTORY_KEY)!)).toEqual({ ces: { answeredAt: NOW, dismissedAt: NOW + 1 } });
  });
});
