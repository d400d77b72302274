import type { ContactChannel, Polarity, Scale, SurveyKind } from '../surveys/index';
import type { Texts } from '../i18n/index';
import type { HearkenOptions } from './options';
import type { Reason } from './reasons';
import { resolveLoop } from './loop';
import { scrubComment } from '../surveys/index';
import { polarityOf, scaleFor, segmentOf } from '../surveys/index';
import { fill, hasTexts, isRtl, matchLocale, resolveLocale, textsFor } from '../i18n/index';
import { scaleError, show } from './checks';

/** Everything the prompt needs to draw itself, resolved from options and the page's language. */
export interface ResolvedPrompt {
  survey: SurveyKind;
  scale: Scale;
  question: string;
  lowLabel: string;
  highLabel: string;
  texts: Texts;
  locale: string;
  dir: 'ltr' | 'rtl';
  followUp: (score: number) => string;
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

const FOLLOW_UPS: Record<Polarity, keyof Texts> = {
  negative: 'followUpNegative',
  neutral: 'followUpNeutral',
  positive: 'followUpPositive',
};

/**
 * Resolves the texts, locale and scale of one prompt. `languages` are the page's preferences after
 * the `locale` option: `<html lang>`, then `navigator.languages`.
 */
export function resolvePrompt(
  options: HearkenOptions,
  languages: (string | null | undefined)[],
  report: (message: string) => void,
  nameOf: (option: string) => string = (o) => o,
): ResolvedPrompt {
  const survey = options.survey || 'nps';
  // Options that name both survey and scale were checked when given (checkOptions); this catches a scale of
  // some options and a survey of others, e.g. the script tag's data-scale and an inline mount's survey.
  const error = scaleError(survey, options.scale, nameOf);
  if (error) report(error);
  const scale = scaleFor(survey, error ? undefined : options.scale)!;
  // English when the locale's texts could not be loaded (reported by the loader)
  const wanted = resolveLocale([options.locale, ...languages]);
  const locale = hasTexts(wanted) ? wanted : 'en';
  if (options.locale && !matchLocale(options.locale)) {
    console.warn(`[hearken] ${nameOf('locale')} ${show(options.locale)} is not a supported locale; showing ${locale}`);
  }
  const known = Object.keys(textsFor('en'));
  let own = options.texts || {};
  if (Object.keys(own).some((key) => known.indexOf(key) < 0)) {
    report(`[hearken] ${nameOf('texts')} must be an object of texts with known keys (${known.slice(0, 3).join(', ')}…), got ${show(own)}`);
    own = {};
  }
  const base = textsFor(locale, own);
  const vars = {
    brand: options.brand || base.brand,
    subject: options.subject || base.subject,
    task: options.task || base.task,
  };
  const texts = {} as Texts;
  for (const k of Object.keys(base) as (keyof Texts)[]) {
    texts[k] = k == 'scoreLabel' ? base[k] : fill(base[k], vars);
  }
  // With a brand of the host's, CES asks the CES 2.0 statement "{brand} made it easy for me to {task}."
  // (the default brand, "us", cannot start a sentence) — unless the host rewrote only the brandless one.
  const key = survey == 'ces' && options.brand && (own.cesBrandQuestion != null || own.cesQuestion == null) ? 'cesBrandQuestion' : survey + 'Question';
  const loop = resolveLoop(options, report, nameOf);
  const segment = (score: number) => segmentOf(survey, score, scale);
  return {
    survey,
    scale,
    question: options.question ? fill(options.question, vars) : texts[key as keyof Texts],
    lowLabel: texts[(survey + 'Low') as keyof Texts],
    highLabel: texts[(survey + 'High') as keyof Texts],
    texts,
    locale,
    dir: isRtl(locale) ? 'rtl' : 'ltr',
    followUp: (score) => texts[FOLLOW_UPS[polarityOf(segment(score))]],
    reasons: (score) => loop.reasons(segment(score)),
    contact: (score) => loop.contact(segment(score)),
    contactPurpose: loop.contactPurpose ? fill(loop.contactPurpose, vars) : texts.contactPurpose,
    review: loop.reviewUrl ? { url: loop.reviewUrl, label: loop.reviewLabel ? fill(loop.reviewLabel, vars) : texts.reviewLabel } : undefined,
    scrub: loop.scrub ? scrubComment : (comment) => comment,
  };
}
