import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as collector from '../../src/collector';

const DIST = join(import.meta.dirname, '../../dist');

describe('hearken/collector', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(collector).sort()).toEqual(['checkBatch', 'createCollector', 'createEmbeddedStore', 'createPostgresStore', 'openStore', 'toNodeHandler']);
  });

  it.skipIf(!existsSync(join(DIST, 'collector.js')))('stays out of every browser file of dist/', () => {
    const browserFiles = ['hearken.js', 'hearken-core.js', 'hearken-ui.js', 'hearken-prompt.js', 'index.js', ...readdirSync(join(DIST, 'chunks')).filter((f) => f.endsWith('.js')).map((f) => `chunks/${f}`)];
    for (const file of browserFiles) {
      const code = readFileSync(join(DIST, file), 'utf8');
      expect(code, file).not.toMatch(/hearken_answers|createCollector|pglite|node:http/);
    }
    expect(readFileSync(join(DIST, 'collector.js'), 'utf8')).toContain('hearken_answers');
  });
});
