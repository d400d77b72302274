// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { countReasons, reasonLabel, reasonsBySegment, reasonsByTouchpoint, toContact, touchpointRows } from '../../demo/dashboard/follow-up.js';
import { renderContacts, renderReasons, renderTouchpoints } from '../../demo/dashboard/follow-up-view.js';
import { cesScore, csatInterval, csatScore, npsInterval, npsScore, reasonCounts, scaleFor, segmentCounts, segmentOf } from '../../src/surveys/index';
import type { SurveyKind } from '../../src/surveys/index';
import { answerOf } from './helpers';

const scoring = { npsScore, csatScore, cesScore, segmentCounts, segmentOf, scaleFor, npsInterval, csatInterval, reasonCounts };
let n = 0;
// spread over June, so the lists have an order
const answer = (survey: SurveyKind, score: number, extra: Record<string, unknown> = {}) =>
  answerOf(survey, score, { answeredAt: `2025-06-${String(10 + (++n % 20)).padStart(2, '0')}T10:00:00.000Z`, ...extra });
const times = (count: number, make: () => ReturnType<typeof answer>) => Array.from({ length: count }, make);

describe('reasons', () => {
  const list = [
    answer('nps', 2, { touchpoint: 'catalogue', reasons: ['price', 'delivery-time'] }),
    answer('nps', 3, { touchpoint: 'app', reasons: ['price'] }),
    answer('nps', 8, { touchpoint: 'app', reasons: ['website'] }),
    answer('nps', 10, { touchpoint: 'app' }),
    answer('csat', 1, { touchpoint: 'delivery', reasons: ['delivery-time'] }),
  ];

  it('counts each reason once per answer, most picked first, with its share of the answers', () => {
    expect(countReasons([answer('nps', 1, { reasons: ['price', 'price'] }), answer('nps', 2, { reasons: ['website'] }), answer('nps', 3, { reasons: ['price'] })], scoring)).toEqual([
      { key: 'price', count: 2, share: 67 },
      { key: 'website', count: 1, share: 33 },
    ]);
    expect(reasonLabel('delivery-time')).toBe('Delivery time');
  });

  it('breaks reasons down per survey and segment (by score, as hearken segments), and per touchpoint', () => {
    expect(reasonsBySegment(list, scoring)).toEqual([
      {
        survey: 'nps',
        segments: [
          { segment: 'detractor', answers: 2, reasons: [{ key: 'price', count: 2, share: 100 }, { key: 'delivery-time', count: 1, share: 50 }] },
          { segment: 'passive', answers: 1, reasons: [{ key: 'website', count: 1, share: 100 }] },
        ],
      },
      { survey: 'csat', segments: [{ segment: 'unsatisfied', answers: 1, reasons: [{ key: 'delivery-time', count: 1, share: 100 }] }] },
    ]);
    expect(reasonsByTouchpoint(list, scoring).map((t) => [t.touchpoint, t.answers])).toEqual([['app', 2], ['catalogue', 1], ['delivery', 1]]);
  });

  it('draws them as tables a screen reader can walk, or says there are none', () => {
    const host = document.createElement('div');
    renderReasons(host, reasonsBySegment(list, scoring), reasonsByTouchpoint(list, scoring));
    const captions = [...host.querySelectorAll('caption')].map((c) => c.textContent);
    expect(captions).toEqual(['NPS: reasons by segment (share of the answers that named a reason)', 'CSAT: reasons by segment (share of the answers that named a reason)', 'Reasons by touchpoint']);
    const first = host.querySelector('tbody tr')!;
    expect([...first.children].map((c) => c.textContent)).toEqual(['Price', '2 (100%)', '0']);
    renderReasons(host, [], []);
    expect(host.textContent).toBe('No reasons picked in this period.');
  });
});

describe('touchpoint rows', () => {
  it('give n, the score and its 90 % interval for NPS and CSAT, greying rows under 30 answers as "too few answers"', () => {
    const list = [...times(20, () => answer('nps', 10, { touchpoint: 'app' })), ...times(20, () => answer('nps', 3, { touchpoint: 'app' })), ...times(5, () => answer('csat', 5, { touchpoint: 'app' }))];
    const rows = touchpointRows(list, scoring);
    expect(rows.map((r) => [r.touchpoint, r.survey, r.interval.count, r.interval.score, r.few])).toEqual([
      ['app', 'nps', 40, 0, false],
      ['app', 'csat', 5, 100, true],
    ]);
    const host = document.createElement('div');
    renderTouchpoints(host, rows);
    const cells = [...host.querySelectorAll('tbody tr')].map((tr) => [tr.className, ...[...tr.children].map((c) => c.textContent)]);
    expect(cells).toEqual([
      ['', 'app', 'NPS', '40', '0', `${npsInterval(list)!.low} to +${npsInterval(list)!.high}`],
      ['few', 'app', 'CSAT', '5', '100%', 'too few answers'],
    ]);
  });
});

describe('to contact', () => {
  const contact = { consent: true, channel: 'email', value: 'sam@example.com' };
  const older = answer('nps', 2, { contact, touchpoint: 'checkout', reasons: ['price'], comment: '<img src=x onerror=alert(1)>', answeredAt: '2025-06-01T10:00:00Z' });
  const newer = answer('csat', 1, { contact: { consent: true, channel: 'phone' }, userId: 'u-7', answeredAt: '2025-06-02T10:00:00Z', done: true });
  const happy = answer('nps', 10, { contact });

  it('lists unhappy visitors who consented, newest first', () => {
    expect(toContact([older, happy, newer], scoring).map((a) => a.id)).toEqual([newer.id, older.id]);
  });

  it('shows touchpoint, score, reasons, comment (as text) and channel, and persists the done toggle', async () => {
    const list = document.body.appendChild(document.createElement('ol'));
    const setDone = vi.fn(async () => true);
    renderContacts(list, toContact([older, newer], scoring), Date.parse('2025-06-03T10:00:00Z'), setDone);
    const [first, second] = [...list.children] as HTMLElement[];
    expect(first.querySelector('.score')!.textContent).toBe('CSAT 1/5');
    expect(first.querySelector('.channel')!.textContent).toBe("By phone: the account's details (u-7)");
    expect(first.classList.contains('done')).toBe(true);
    expect(second.textContent).toContain('checkout · 2 days ago');
    expect(second.querySelector('.channel')!.textContent).toBe('By email: sam@example.com');
    expect(second.querySelector('.reasons')!.textContent).toBe('Reasons: Price');
    expect(second.querySelector('q')!.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(second.querySelector('img')).toBeNull();
    const box = second.querySelector('input')!;
    box.click();
    await vi.waitFor(() => expect(second.classList.contains('done')).toBe(true));
    expect(setDone).toHaveBeenCalledWith(older.id, true);
  });

  it('undoes the toggle when the collector did not persist it', async () => {
    const list = document.body.appendChild(document.createElement('ol'));
    renderContacts(list, [answer('nps', 1, { contact })], 0, async () => false);
    const box = list.querySelector('input')!;
    box.click();
    await vi.waitFor(() => expect(box.disabled).toBe(false));
    expect(box.checked).toBe(false);
    expect(list.firstElementChild!.classList.contains('done')).toBe(false);
  });
});
