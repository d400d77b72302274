/** The question of a prompt (src/config/question.ts): what hearken-ui.js resolves before the follow-up file is here. */
import type { HearkenOptions } from '../../src/config/options';
import { describe, expect, it, vi } from 'vitest';
import { resolveQuestion } from '../../src/config/question';
import { resolvePrompt } from '../../src/config/resolve';
import { addTexts } from '../../src/i18n/texts';
import { ro } from '../../src/i18n/locales/ro';

describe('resolveQuestion', () => {
  it('resolves what the question step shows, and the placeholders\' values for the later steps', () => {
    const q = resolveQuestion({ survey: 'ces', scale: 5, brand: 'Acme', task: 'pay' }, ['en'], vi.fn());
    expect([q.survey, q.scale, q.question, q.locale, q.dir]).toEqual(['ces', { min: 1, max: 5 }, 'Acme made it easy for me to pay.', 'en', 'ltr']);
    expect(q.followUp(1)).toBe(q.texts.followUpNegative);
    expect(q.vars).toEqual({ brand: 'Acme', subject: expect.any(String), task: 'pay' });
  });

  it('checks no loop option: those are the follow-up file\'s', () => {
    const report = vi.fn();
    resolveQuestion({ reviewUrl: 'http://x.test', contact: 'fax' } as unknown as HearkenOptions, [], report);
    expect(report).not.toHaveBeenCalled();
  });

  it('fills the later texts, overrides and placeholders included, when completeTexts finds them here (the script tag)', () => {
    // Romanian as the script tag has it before locales/ro-later.js: the question's texts only
    addTexts('ro', { npsQuestion: ro.npsQuestion, close: ro.close, brand: ro.brand, subject: ro.subject, task: ro.task });
    const report = vi.fn();
    const q = resolveQuestion({ survey: 'nps', locale: 'ro', brand: 'Acme', texts: { submit: 'Trimite acum', followUpNegative: '{brand}?' } }, [], report);
    expect(report).not.toHaveBeenCalled();
    expect(q.texts.close).toBe(ro.close);
    addTexts('ro', ro);
    q.completeTexts();
    expect([q.texts.submit, q.texts.followUpNegative, q.texts.commentPlaceholder, q.texts.close]).toEqual(['Trimite acum', 'Acme?', ro.commentPlaceholder, ro.close]);
    expect(q.followUp(1)).toBe('Acme?');
  });

  it('still reports a texts key no step has', () => {
    const report = vi.fn();
    resolveQuestion({ survey: 'nps', texts: { sumbit: 'Go' } as never }, [], report);
    expect(report.mock.calls).toEqual([[expect.stringContaining('[hearken] texts must be an object of texts with known keys')]]);
  });

  it('is the question part of the full resolvePrompt', () => {
    const { vars, completeTexts, ...question } = resolveQuestion({ survey: 'nps', brand: 'Acme' }, ['en'], vi.fn());
    expect(typeof completeTexts).toBe('function');
    const full = resolvePrompt({ survey: 'nps', brand: 'Acme' }, ['en'], vi.fn());
    expect(vars.brand).toBe('Acme');
    for (const key of ['survey', 'scale', 'question', 'lowLabel', 'highLabel', 'texts', 'locale', 'dir'] as const) expect(full[key]).toEqual(question[key]);
  });
});
