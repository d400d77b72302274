import { describe, expect, it } from 'vitest';
import { BUILT_IN } from '../../src/i18n/none-built-in';

describe('BUILT_IN of dist/hearken-ui.js', () => {
  it('holds no locale, English neither: each comes as its file from locales/', () => {
    expect(BUILT_IN).toEqual({});
  });
});
