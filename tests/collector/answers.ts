// Answer records for the collector's tests: valid by default, as the widget posts them.
import { segmentOf } from '../../src/surveys';
import type { CollectedAnswer } from '../../src/collector';

let counter = 0;

/** A valid answer record; `overrides` replace fields (the segment follows a changed score unless given). */
export function makeAnswer(overrides: Partial<CollectedAnswer> = {}): CollectedAnswer {
  counter++;
  const survey = overrides.survey ?? 'nps';
  const scale = overrides.scale ?? (survey == 'nps' ? { min: 0, max: 10 } : survey == 'csat' ? { min: 1, max: 5 } : { min: 1, max: 7 });
  const score = overrides.score ?? scale.max;
  return {
    id: `answer-${counter}-${Math.random().toString(36).slice(2, 10)}`,
    survey,
    score,
    scale,
    segment: segmentOf(survey, score, scale),
    question: 'How likely are you to recommend us?',
    locale: 'en',
    page: 'https://shop.example/checkout',
    visitorId: 'visitor-1',
    answeredAt: '2026-11-22T21:47:38.000Z',
    widget: 'hearken/0.1.0',
    ...overrides,
  };
}

/** A request body of answers, as the fetch transport sends it. */
export function batchBody(answers: unknown[]): string {
  return JSON.stringify({ answers, sentAt: '2026-11-22T21:47:40.000Z' });
}
