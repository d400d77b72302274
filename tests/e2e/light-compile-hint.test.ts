/**
 * dist/hearken.js, the light start every page view runs, opens with V8's explicit compile hint
 * (https://v8.dev/blog/explicit-compile-hints): nearly all of its functions run on every page view, and compiled with
 * the script rather than one by one at their first call they cost about 40 % less main-thread time at 4× CPU
 * (`npm run bench`'s (a) rows measure it). So does dist/hearken-prompt.js, which comes only where a prompt may show
 * and mostly runs before the question is on screen (about 20 % less on the (c) path, rollup.config.mjs). The hint
 * counts only as the file's first line, before any code, so a minifier or banner that moves it below the code, or
 * drops it, would silently lose it.
 */
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';

it('dist/hearken.js and dist/hearken-prompt.js start with //# allFunctionsCalledOnLoad, and the other files do not', () => {
  const dist = (file: string) => readFileSync(new URL(`../../dist/${file}`, import.meta.url), 'utf8');
  for (const file of ['hearken.js', 'hearken-prompt.js']) expect(dist(file).split('\n')[0], file).toBe('//# allFunctionsCalledOnLoad');
  // files that may run little of themselves, and the question's UI alone (no gain measured): compiled lazily, as V8
  // does by default
  for (const file of ['hearken-core.js', 'hearken-triggers.js', 'hearken-ui.js']) expect(dist(file), file).not.toContain('allFunctionsCalledOnLoad');
});
