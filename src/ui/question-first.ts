import type { HearkenOptions, Report, ResolvedFollowUp, ResolvedPrompt } from '../config/index';
import type { FetchTexts } from '../i18n/index';
import type { FollowUpKit, FollowUpSource } from './follow-up-source';
import type { LaterLoader, LaterPart } from './types';
import { resolveQuestion } from '../config/index';
import { loadTexts } from '../i18n/index';

/**
 * Resolves a prompt for a question-first kit: its question now; its later steps and loop options (reasons,
 * contact, review link, scrubbing) once the follow-up file of `source` is here — and the later steps' texts, when
 * `fetchLater` fetches them apart (the script tag's `locales/<tag>-later.js`). Until then it asks no reasons and
 * no contact, and bad loop options are reported when the file arrives. `later` draws the later steps with them.
 */
export function resolveQuestionFirst(
  source: FollowUpSource,
  options: HearkenOptions,
  languages: (string | null | undefined)[],
  report: Report,
  nameOf?: (option: string) => string,
  fetchLater?: FetchTexts,
): ResolvedPrompt & { later: LaterLoader } {
  const { vars, completeTexts, ...question } = resolveQuestion(options, languages, report, nameOf);
  // the later steps' texts: at hand with the question's, or loaded with the follow-up file
  let texts: Promise<void> | undefined;
  let textsHere = !fetchLater;
  const loadLater = () =>
    (texts = texts || loadTexts(question.locale, fetchLater!, report, '-later').then(() => ((textsHere = true), completeTexts())));
  const ready = () => (textsHere ? source.ready() : undefined);
  let plan: ResolvedFollowUp | undefined;
  const planned = (): ResolvedFollowUp | undefined => {
    const file = ready();
    return plan || (file && (plan = file.resolveFollowUp(options, { ...question, vars }, report, nameOf)));
  };
  const part = (file: FollowUpKit): LaterPart => ({ steps: file.steps, model: { contactPurpose: planned()!.contactPurpose, review: planned()!.review } });
  return {
    ...question,
    reasons: (score) => (planned() ? plan!.reasons(score) : []),
    contact: (score) => (planned() ? plan!.contact(score) : []),
    get contactPurpose() {
      return planned() ? plan!.contactPurpose : question.texts.contactPurpose;
    },
    get review() {
      return planned() && plan!.review;
    },
    // A comment exists only once the file is here (its comment box came with it): nothing unscrubbed leaves before.
    scrub: (comment) => (planned() ? plan!.scrub(comment) : ''),
    later: {
      ready: () => {
        const file = ready();
        return file && part(file);
      },
      load: () => Promise.all([source.load(report), textsHere || loadLater()]).then(([file]) => part(file)),
    },
  };
}
