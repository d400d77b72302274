import type { Texts } from '../../src/i18n/types';
import { LATER_KEYS, SURVEY_KEYS } from '../../src/i18n/later-keys';

/**
 * The texts the build puts in the script tag's locale file of this name (rollup.config.mjs splits each locale so):
 * `<tag>-later` the steps after the score's (`LATER_KEYS`); `<tag>` NPS's question texts, `<tag>-csat` CSAT's and
 * `<tag>-ces` CES's (`SURVEY_KEYS`), each with the texts every prompt shows. For tests that stand in for those files.
 */
export function fileTexts(texts: Partial<Texts>, name: string): Partial<Texts> {
  const part = (/-(csat|ces|later)$/.exec(name) || [])[1] || 'nps';
  const later = (key: string) => (LATER_KEYS as readonly string[]).includes(key);
  const others = Object.entries(SURVEY_KEYS).flatMap(([survey, keys]) => (survey == part ? [] : [...keys])) as string[];
  return Object.fromEntries(Object.entries(texts).filter(([key]) => (part == 'later' ? later(key) : !later(key) && !others.includes(key))));
}
