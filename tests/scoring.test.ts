/**
 * `hearken/scoring` (src/scoring.ts): the scoring helpers' own entry, for a dashboard or a server that wants them and
 * nothing of the widget, whatever its bundler does with the main entry's chunks.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('src/scoring.ts', () => {
  it("hearken/scoring (src/scoring.ts) exports the main entry's scoring helpers, the same functions, and nothing of the widget", async () => {
    const [entry, scoring] = await Promise.all([import('../src/index'), import('../src/scoring')]);
    expect(Object.keys(scoring).sort()).toEqual(['cesScore', 'csatInterval', 'csatScore', 'npsInterval', 'npsScore', 'reasonCounts', 'scaleFor', 'segmentCounts', 'segmentOf']);
    for (const [name, helper] of Object.entries(scoring)) expect(helper).toBe(entry[name as keyof typeof entry]);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
    expect(pkg.exports['./scoring']).toEqual({ types: './dist/scoring.d.ts', import: './dist/scoring.js', default: './dist/scoring.js' });
  });

});
