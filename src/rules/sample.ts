import type { Decision } from './types';

/** FNV-1a of a text, mapped to [0, 1): cheap, and the same in every browser. */
export function hashUnit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) / 4294967296;
}

/**
 * Whether a visitor is in the sample of one survey: `hashUnit(visitorId + ':' + surveyKey) < rate`.
 * Stable, so the same visitor gets the same answer on every page and visit.
 */
export function inSample(rate: number, visitorId: string, surveyKey: string): boolean {
  return rate >= 1 || hashUnit(visitorId + ':' + surveyKey) < rate;
}

/** The `sample` filter with its reason. */
export function checkSample(rate: number | undefined, visitorId: () => string, surveyKey: string): Decision {
  if (rate === undefined || rate >= 1) return { show: true, reason: 'sample: every visitor' };
  const pct = Math.round(rate * 1000) / 10 + '%';
  return inSample(rate, visitorId(), surveyKey)
    ? { show: true, reason: `sample: visitor in the ${pct} sample` }
    : { show: false, reason: `sample: visitor not in the ${pct} sample` };
}
