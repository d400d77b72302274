import type { HearkenOptions, Report } from './options';
import type { ResolvedQuestion } from './question';
import type { ResolvedFollowUp } from './follow-up';
import { resolveQuestion } from './question';
import { resolveFollowUp } from './follow-up';

/** Everything the prompt needs to draw itself, resolved from options and the page's language. */
export interface ResolvedPrompt extends ResolvedQuestion, ResolvedFollowUp {}

/**
 * Resolves the texts, locale and scale of one prompt, and what it asks after the score. `languages` are the
 * page's preferences after the `locale` option: `<html lang>`, then `navigator.languages`.
 */
export function resolvePrompt(
  options: HearkenOptions,
  languages: (string | null | undefined)[],
  report: Report,
  nameOf: (option: string) => string = (o) => o,
): ResolvedPrompt {
  // the texts are complete here: every locale's are at hand at once (built in or a chunk)
  const { vars, completeTexts, ...question } = resolveQuestion(options, languages, report, nameOf);
  return { ...question, ...resolveFollowUp(options, { ...question, vars }, report, nameOf) };
}
