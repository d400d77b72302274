/** The question of a prompt (src/config/question.ts): what hearken-ui.js resolves before the follow-up file is here. */
import type { HearkenOptions } from '../../src/config/options';
import { describe, expect, it, vi } from 'vitest';
import { resolveQuestion } from '../../src/config/question';
import { resolvePrompt } from '../../src/config/resolve';

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

  it('is the question part of the full resolvePrompt', () => {
    const { vars, ...question } = resolveQuestion({ survey: 'nps', brand: 'Acme' }, ['en'], vi.fn());
    const full = resolvePrompt({ survey: 'nps', brand: 'Acme' }, ['en'], vi.fn());
    expect(vars.brand).toBe('Acme');
    for (const key of ['survey', 'scale', 'question', 'lowLabel', 'highLabel', 'texts', 'locale', 'dir'] as const) expect(full[key]).toEqual(question[key]);
  });
});
