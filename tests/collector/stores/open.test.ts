import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/collector';

describe('openStore', () => {
  it('picks PostgreSQL when given a URL, the embedded store otherwise', async () => {
    await expect(openStore({ url: 'mysql://db.example/answers', dir: '/tmp/unused' })).rejects.toThrow(/createPostgresStore: url must be a postgres:\/\//);
    await expect(openStore({ url: undefined, dir: '' })).rejects.toThrow(/createEmbeddedStore: dir must be a folder path/);
    await expect(openStore({ url: '', dir: '' })).rejects.toThrow(/createEmbeddedStore/);
  });
});
