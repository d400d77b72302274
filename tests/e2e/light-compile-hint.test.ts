/**
 * dist/hearken.js, the light start every page view runs, opens with V8's explicit compile hint
 * (https://v8.dev/blog/explicit-compile-hints): nearly all of its functions run on every page view, and compiled with
 * the script rather than one by one at their first call they cost about 40 % less main-thread time at 4× CPU
 * (`npm run bench`'s (a) rows measure it). The hint counts only as the file's first line, before any code, so a
 * minifier or banner that moves it below the code, or drops it, would silently lose it.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('dist/hearken.js starts with //# allFunctionsCalledOnLoad, and the other files do not', () => {
  const dist = (file: string) => readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');
  expect(dist('hearken.js').split('\n')[0]).toBe('//# allFunctionsCalledOnLoad');
  // the full script and the UI are mostly code a page may never call: compiled lazily, as V8 does by default
  for (const file of ['hearken-prompt.js', 'hearken-core.js', 'hearken-triggers.js']) expect(dist(file)).not.toContain('allFunctionsCalledOnLoad');
});
