import type { ContactChannel } from '../surveys/index';
import type { HearkenOptions } from './options';
import type { Reason } from './reasons';
import type { ResolvedQuestion, TextVars } from './question';
import { resolveLoop } from './loop';
import { scrubComment } from '../surveys/index';
import { segmentOf } from '../surveys/index';
import { fill } from '../i18n/index';

/** What a prompt asks after the score, resolved from its loop options: in the follow-up file, with those steps. */
export interface ResolvedFollowUp {
  /** The reason chips shown after a score (none when its segment is not asked). */
  reasons: (score: number) => Reason[];
  /** The channels a visitor giving this score is asked to be contacted through (none when not asked). */
  contact: (score: number) => ContactChannel[];
  /** The contact request's purpose line. */
  contactPurpose: string;
  /** The review link of the thank-you step, offered whatever the score. */
  review?: { url: string; label: string };
  /** Removes personal data from a comment (`data-scrub="off"`: returns it as it is). */
  scrub: (comment: string) => string;
}

/**
 * Resolves the steps after the score of one prompt whose question is `question` (its placeholders' values in
 * `vars`). Each bad loop option is reported once (src/config/loop.ts).
 */
export function resolveFollowUp(
  options: HearkenOptions,
  question: Pick<ResolvedQuestion, 'survey' | 'scale' | 'texts'> & { vars: TextVars },
  report: (message: string) => void,
  nameOf: (option: string) => string = (o) => o,
): ResolvedFollowUp {
  const { survey, scale, texts, vars } = question;
  const loop = resolveLoop(options, report, nameOf);
  const segment = (score: number) => segmentOf(survey, score, scale);
  return {
    reasons: (score) => loop.reasons(segment(score)),
    contact: (score) => loop.contact(segment(score)),
    contactPurpose: loop.contactPurpose ? fill(loop.contactPurpose, vars) : texts.contactPurpose,
    review: loop.reviewUrl ? { url: loop.reviewUrl, label: loop.reviewLabel ? fill(loop.reviewLabel, vars) : texts.reviewLabel } : undefined,
    scrub: loop.scrub ? scrubComment : (comment) => comment,
  };
}
