/** FNV-1a of a text, mapped to [0, 1): cheap, and the same in every browser. */
export function hashUnit(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0) / 4294967296;
}

/**
 * Whether a visitor is in the sample of one survey: `hashUnit(visitorId + ':' + surveyKey) < rate`
 * (so everyone at 1, no one at 0). Stable: the same visitor gets the same answer on every page and
 * visit, and a larger rate keeps everyone a smaller one had.
 */
export function inSample(rate: number, visitorId: string, surveyKey: string): boolean {
  return hashUnit(visitorId + ':' + surveyKey) < rate;
}
