/**
 * What more languages cost the script tag's prompt path (issue 17): the brotli bytes (quality 11, as size-limit
 * and `npm run bench` measure) of every hearken file a page downloads until the NPS question is on screen —
 * hearken.js, hearken-prompt.js (the full script and the question's UI in one file) and the prompt's one language's file, `locales/<tag>.js` (English's
 * too) — are no more than the path was with all 11 languages inside hearken-ui.js (26,105 B), in every language.
 * The files loaded once the question is on screen (the outbox, the steps after the score and their texts,
 * `locales/<tag>-later.js`) are not on that path.
 * An NPS prompt's language file has NPS's question texts only: a CSAT or CES prompt loads `locales/<tag>-csat.js` or
 * `-ces.js` instead. size-limit checks the English path and the largest language's; this checks every one.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/index';
import { distBrotli } from './harness/dist-bytes';

/** The prompt path's bytes when issue 17 was filed (hearken.js + hearken-ui.js, all 11 locales in the latter). */
const BEFORE_MORE_LANGUAGES = 26_105;
/** Issue 15's budget of that path: 18 kB (of 1,000 B, as size-limit counts), in the prompt's own language. */
const PROMPT_BUDGET = 18_000;

describe('the prompt path in every language', () => {
  const common = distBrotli(['hearken.js', 'hearken-prompt.js']);
  const files = readdirSync(new URL('../../dist/locales/', import.meta.url)).filter((name) => name.endsWith('.js'));

  it("has the NPS, CSAT and CES question texts and the later texts of every language, and no other file", () => {
    const expected = LOCALES.flatMap((locale) => [`${locale}.js`, `${locale}-csat.js`, `${locale}-ces.js`, `${locale}-later.js`]);
    expect(files.sort()).toEqual(expected.sort());
  });

  it.each(LOCALES.map((locale) => [locale]))('%s: no larger than the path with 11 languages was, and within issue 15\'s 18 kB', (locale) => {
    const bytes = common + distBrotli([`locales/${locale}.js`]);
    expect(bytes, `${locale}: ${bytes} B`).toBeLessThanOrEqual(BEFORE_MORE_LANGUAGES);
    expect(bytes, `${locale}: ${bytes} B`).toBeLessThanOrEqual(PROMPT_BUDGET);
  });
});
