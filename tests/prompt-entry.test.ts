/**
 * dist/hearken-prompt.js (src/prompt-entry.ts): the full script and the question's UI in one file, which hearken.js
 * loads where a prompt may show. It must leave both parts' globals, as hearken-core.js and hearken-ui.js do alone,
 * and draw with hearken-ui.js's short class names, which hearken-follow-up.js extends (its later steps' markup meets
 * the question's stylesheet in one shadow root).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { CORE_GLOBAL, KIT_GLOBAL } from '../src/storage/index';

const DIST = join(import.meta.dirname, '../dist');
const dist = (file: string) => readFileSync(join(DIST, file), 'utf8');
/** The question's stylesheet as built into `code` (it opens with `:host{all:initial`, in quotes of the minifier's choice). */
const questionCss = (code: string) => {
  const start = code.indexOf(':host{all:initial');
  return start < 0 ? '' : code.slice(start, code.indexOf(code[start - 1]!, start));
};

describe.skipIf(!existsSync(join(DIST, 'hearken-prompt.js')))('dist/hearken-prompt.js', () => {
  it("leaves the full script's start and the question's kit, and nothing else, on window", () => {
    const window: Record<string, unknown> = {};
    runInNewContext(dist('hearken-prompt.js'), { window });
    expect(Object.keys(window).sort()).toEqual([CORE_GLOBAL, KIT_GLOBAL].sort());
    expect([typeof window[CORE_GLOBAL], typeof window[KIT_GLOBAL]]).toEqual(['function', 'function']);
  });

  it("carries hearken-ui.js's stylesheet as it is, short class names and all", () => {
    const css = questionCss(dist('hearken-ui.js'));
    expect(css.length).toBeGreaterThan(1000);
    expect(questionCss(dist('hearken-prompt.js'))).toBe(css);
  });
});
