// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { breakdown, byDay, distribution, inPeriod, latestComments, summarize, valuesOf } from '../../demo/dashboard/metrics.js';
import { readFileSync } from 'node:fs';
import { ago, renderComments } from '../../demo/dashboard/comments.js';
import { renderDashboard } from '../../demo/dashboard/view.js';
import { barList, lineChart } from '../../demo/dashboard/charts.js';
import { cesScore, csatScore, npsScore, scaleFor, segmentCounts, segmentOf } from '../../src/surveys/index';
import type { Answer, SurveyKind } from '../../src/surveys/index';
import { answerOf } from './helpers';

const scoring = { npsScore, csatScore, cesScore, segmentCounts, segmentOf, scaleFor };
const answer = (survey: SurveyKind, score: number, extra: Partial<Answer> = {}): Answer => answerOf(survey, score, extra);
const NOW = Date.UTC(2025, 5, 30, 18);

describe('dashboard metrics', () => {
  it("sums up NPS, CSAT and CES with the library's helpers", () => {
    const list = [answer('nps', 10), answer('nps', 9), answer('nps', 7), answer('nps', 2), answer('csat', 5), answer('csat', 3), answer('ces', 7), answer('ces', 1)];
    const s = summarize(list, scoring);
    expect(s.total).toBe(8);
    expect(s.nps).toEqual({ score: 25, segments: { detractor: 1, passive: 1, promoter: 2 }, count: 4 });
    expect(s.csat.score).toBe(50);
    expect(s.csat.distribution.map((r) => r.count)).toEqual([0, 0, 1, 0, 1]);
    expect(s.ces).toMatchObject({ mean: 4, easy: 50, count: 2 });
    expect(summarize([], scoring).nps.score).toBeNull();
  });

  it('counts a distribution on the scale most answers used', () => {
    expect(distribution([answer('csat', 2), answer('csat', 2), answer('csat', 3, { scale: { min: 1, max: 3 } })])).toEqual([
      { score: 1, count: 0 },
      { score: 2, count: 2 },
      { score: 3, count: 0 },
      { score: 4, count: 0 },
      { score: 5, count: 0 },
    ]);
  });

  it('gives a value per day, every day present, with a trailing 7-day value', () => {
    const list = [answer('nps', 10, { answeredAt: '2025-06-28T09:00:00Z' }), answer('nps', 0, { answeredAt: '2025-06-30T09:00:00Z' }), answer('csat', 5, { answeredAt: '2025-06-29T09:00:00Z' })];
    expect(byDay(list, 'nps', scoring, { days: 3, now: NOW })).toEqual([
      { day: '2025-06-28', value: 100, rolling: 100, count: 1 },
      { day: '2025-06-29', value: null, rolling: 100, count: 0 },
      { day: '2025-06-30', value: -100, rolling: 0, count: 1 },
    ]);
    expect(inPeriod(list, 2, NOW).map((a) => a.answeredAt)).toEqual(['2025-06-30T09:00:00Z', '2025-06-29T09:00:00Z']);
  });

  it('breaks a metric down by touchpoint and by locale, most answers first', () => {
    const list = [answer('csat', 5, { touchpoint: 'checkout' }), answer('csat', 1, { touchpoint: 'checkout', locale: 'de' }), answer('csat', 4, { locale: 'de' })];
    expect(breakdown(list, 'csat', 'touchpoint', scoring)).toEqual([
      { key: 'checkout', value: 50, count: 2 },
      { key: '(none)', value: 100, count: 1 },
    ]);
    expect(breakdown(list, 'csat', 'locale', scoring)).toEqual([
      { key: 'de', value: 50, count: 2 },
      { key: 'en', value: 100, count: 1 },
    ]);
    expect(valuesOf(list, 'locale')).toEqual(['de', 'en']);
  });

  it("keeps hearken's locales of one language apart: Brazil's pt and Portugal's pt-PT do not cancel out", () => {
    const list = [answer('nps', 10, { locale: 'pt' }), answer('nps', 9, { locale: 'pt' }), answer('nps', 0, { locale: 'pt-PT' }), answer('nps', 1, { locale: 'pt_pt' })];
    expect(breakdown(list, 'nps', 'locale', scoring)).toEqual([
      { key: 'pt', value: 100, count: 2 },
      { key: 'pt-PT', value: -100, count: 2 },
    ]);
    expect(valuesOf(list, 'locale')).toEqual(['pt', 'pt-PT']);
    expect(latestComments(list.map((a) => ({ ...a, comment: 'x' })), { polarity: 'all', locale: 'pt-PT' }, scoring)).toHaveLength(2);
  });

  it('lists negative comments by default, newest first, judging the segment by the score', () => {
    const list = [
      answer('nps', 3, { comment: 'old and bad', answeredAt: '2025-06-01T00:00:00Z' }),
      answer('nps', 10, { comment: 'great' }),
      answer('ces', 2, { comment: 'hard', answeredAt: '2025-06-20T00:00:00Z' }),
      answer('csat', 1, { comment: '  ' }),
      answer('nps', 9, { comment: 'stale segment', segment: 'detractor' }),
    ];
    expect(latestComments(list, {}, scoring).map((c) => c.answer.comment)).toEqual(['hard', 'old and bad']);
    expect(latestComments(list, { polarity: 'all' }, scoring).map((c) => c.polarity)).toEqual(['negative', 'negative', 'positive', 'positive']);
    expect(latestComments(list, { polarity: 'positive', survey: 'nps', limit: 1 }, scoring)).toHaveLength(1);
  });
});

describe('dashboard rendering', () => {
  it('says "1 day ago", not "1 days ago"', () => {
    expect([1, 2, 29].map((days) => ago(new Date(NOW - days * 864e5 - 1000).toISOString(), NOW))).toEqual(['1 day ago', '2 days ago', '29 days ago']);
    expect(ago(new Date(NOW - 3600e3).toISOString(), NOW)).toBe('1 h ago');
  });

  it('shows one placeholder per empty card, no stray glyph beside it', () => {
    const page = readFileSync('demo/dashboard/index.html', 'utf8');
    document.body.innerHTML = page.slice(page.indexOf('<body>') + 6, page.indexOf('</body>'));
    renderDashboard(document, [], scoring, { days: 7, now: NOW, all: [] });
    for (const id of ['nps', 'csat', 'ces']) {
      expect(document.querySelector(`#card-${id} .big`)!.textContent!.trim(), id).toBe('–');
    }
    renderDashboard(document, [answer('ces', 6)], scoring, { days: 7, now: NOW, all: [] });
    expect(document.querySelector('#card-ces .big')!.textContent!.replace(/\s+/g, ' ').trim()).toBe('6.0 100% easy');
  });

  it('shows comments as text, never as HTML', () => {
    const list = document.createElement('ol');
    const evil = answer('nps', 1, { comment: '<img src=x onerror="window.pwned=1"><b>bold</b>' });
    renderComments(list, [{ answer: evil, polarity: 'negative' }], NOW);
    expect(list.querySelector('img, b')).toBeNull();
    expect(list.querySelector('q')!.textContent).toBe('<img src=x onerror="window.pwned=1"><b>bold</b>');
    expect(list.querySelector('.meta')!.textContent).toBe('NPS · en · 8 h ago');
    renderComments(list, [], NOW);
    expect(list.textContent).toBe('No comments match these filters.');
  });

  it('leaves the live comment list as it is when what it says has not changed, so a screen reader does not read it again', () => {
    const list = document.createElement('ol');
    const late = { answer: answer('nps', 2, { id: 'late', comment: 'Late' }), polarity: 'negative' };
    renderComments(list, [late], NOW);
    const first = list.firstElementChild;
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => void changes.push(...records));
    observer.observe(list, { childList: true, subtree: true, characterData: true });
    renderComments(list, [late], NOW); // a new answer came that the filters leave out
    expect([...changes, ...observer.takeRecords()]).toEqual([]);
    expect(list.firstElementChild).toBe(first);
    renderComments(list, [late], NOW + 3_600_000); // an hour later: "9 h ago" now
    expect(list.querySelector('.meta')!.textContent).toBe('NPS · en · 9 h ago');
    const broken = { answer: answer('nps', 1, { id: 'broken', comment: 'Broken' }), polarity: 'negative' };
    renderComments(list, [broken, late], NOW);
    expect(Array.from(list.querySelectorAll('q'), (q) => q.textContent)).toEqual(['Broken', 'Late']);
    observer.disconnect();
  });

  it('draws charts as labelled SVG images with a data table', () => {
    const fig = barList(document, { caption: 'NPS by touchpoint', rows: [{ key: '<b>x</b>', value: -20, count: 5 }], min: -100, max: 100, format: String });
    const svg = fig.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')!.textContent).toBe('NPS by touchpoint: <b>x</b> -20 (5 answers)');
    expect(svg.getAttribute('aria-labelledby')).toBe(svg.querySelector('title')!.id);
    expect([...fig.querySelectorAll('tbody td, tbody th')].map((c) => c.textContent)).toEqual(['<b>x</b>', '-20', '5']);
    expect(fig.querySelector('b')).toBeNull();
    const line = lineChart(document, {
      caption: 'NPS by day',
      points: [{ day: '2025-06-29', value: 10, rolling: 10, count: 2 }, { day: '2025-06-30', value: null, rolling: 10, count: 0 }],
      min: -100,
      max: 100,
      ticks: [0],
      format: String,
    });
    expect(line.querySelectorAll('circle')).toHaveLength(1);
    expect(line.querySelector('path')!.getAttribute('d')).toMatch(/^M[\d.]+ [\d.]+L[\d.]+ [\d.]+$/);
    expect(line.querySelectorAll('tbody tr')).toHaveLength(1);
  });
});
