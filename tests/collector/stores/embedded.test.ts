import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEmbeddedStore } from '../../../src/collector';
import { storeSuite } from './store-suite';

const root = mkdtempSync(join(tmpdir(), 'hearken-embedded-'));
afterAll(() => rmSync(root, { recursive: true, force: true }), 60_000);
let count = 0;
let template: Promise<string> | undefined;

// A new PGlite database takes seconds to create (initdb in WebAssembly): make one, then copy its folder.
function templateDir(): Promise<string> {
  template ??= (async () => {
    const dir = join(root, 'template');
    await (await createEmbeddedStore({ dir })).close();
    return dir;
  })();
  return template;
}

describe('embedded store (PGlite)', { timeout: 120_000 }, () => {
  storeSuite(async () => {
    const dir = join(root, String(++count));
    cpSync(await templateDir(), dir, { recursive: true });
    return () => createEmbeddedStore({ dir });
  });

  it('creates its database in a folder that does not exist yet', async () => {
    const store = await createEmbeddedStore({ dir: join(root, 'new', 'nested') });
    expect(await store.query()).toEqual([]);
    await store.close();
  });

  it('refuses a second open of the same folder while the first is open', async () => {
    const dir = join(root, 'locked');
    cpSync(await templateDir(), dir, { recursive: true });
    const first = await createEmbeddedStore({ dir });
    try {
      await expect(createEmbeddedStore({ dir })).rejects.toThrow(/held by process/);
    } finally {
      await first.close();
    }
    const again = await createEmbeddedStore({ dir });
    await again.close();
  });

  it('names a bad dir', async () => {
    await expect(createEmbeddedStore({ dir: '' })).rejects.toThrow(/dir must be a folder path/);
  });
});
