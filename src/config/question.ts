import type { Polarity, Scale, SurveyKind } from '../surveys/index';
import type { Texts } from '../i18n/index';
import type { HearkenOptions, Report } from './options';
import { polarityOf, scaleFor, segmentOf } from '../surveys/index';
import { LATER_KEYS, SURVEY_KEYS, fill, hasTexts, isRtl, matchLocale, resolveLocale, textsFor } from '../i18n/index';
import { scaleError, show } from './checks';

/** What the question step of a prompt shows, resolved from options and the page's language. */
export interface ResolvedQuestion {
  survey: SurveyKind;
  scale: Scale;
  question: string;
  lowLabel: string;
  highLabel: string;
  texts: Texts;
  locale: string;
  dir: 'ltr' | 'rtl';
  followUp: (score: number) => string;
}

/** The values of a prompt's `{brand}`, `{subject}` and `{task}` placeholders. */
export type TextVars = Record<'brand' | 'subject' | 'task', string>;

const FOLLOW_UPS: Record<Polarity, keyof Texts> = {
  negative: 'followUpNegative',
  neutral: 'followUpNeutral',
  positive: 'followUpPositive',
};

/**
 * Resolves the texts, locale and scale of one prompt's question, and its placeholders' values (for the later
 * steps' texts). `languages` are the page's preferences after the `locale` option: `<html lang>`, then
 * `navigator.languages`. The texts are those at hand; where the later steps' come after the question (the script
 * tag's locale files), `completeTexts` adds them to `texts` once they are loaded.
 */
export function resolveQuestion(
  options: HearkenOptions,
  languages: (string | null | undefined)[],
  report: Report,
  nameOf: (option: string) => string = (o) => o,
): ResolvedQuestion & { vars: TextVars; completeTexts: () => void } {
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
  // every locale has every key (tests/i18n/locales.test.ts): the one shown names them (the later steps' and the other
  // surveys' may come apart), English may not be loaded
  const known = Object.keys(textsFor(locale)).concat(LATER_KEYS, SURVEY_KEYS.csat, SURVEY_KEYS.ces);
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
  const fillTexts = (from: Texts) => {
    for (const k of Object.keys(from) as (keyof Texts)[]) {
      texts[k] = k == 'scoreLabel' ? from[k] : fill(from[k], vars);
    }
  };
  fillTexts(base);
  // With a brand of the host's, CES asks the CES 2.0 statement "{brand} made it easy for me to {task}."
  // (the default brand, "us", cannot start a sentence) — unless the host rewrote only the brandless one.
  const key = survey == 'ces' && options.brand && (own.cesBrandQuestion != null || own.cesQuestion == null) ? 'cesBrandQuestion' : survey + 'Question';
  return {
    survey,
    scale,
    question: options.question ? fill(options.question, vars) : texts[key as keyof Texts],
    lowLabel: texts[(survey + 'Low') as keyof Texts],
    highLabel: texts[(survey + 'High') as keyof Texts],
    texts,
    locale,
    dir: isRtl(locale) ? 'rtl' : 'ltr',
    followUp: (score) => texts[FOLLOW_UPS[polarityOf(segmentOf(survey, score, scale))]],
    vars,
    completeTexts: () => fillTexts(textsFor(locale, own)),
  };
}
