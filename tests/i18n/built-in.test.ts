import { describe, expect, it } from 'vitest';
import { BUILT_IN } from '../../src/i18n/built-in';
import { en } from '../../src/i18n/locales/en';

describe('BUILT_IN (the npm build and the tests)', () => {
  it('holds English, the fallback, and no other locale', () => {
    expect(BUILT_IN).toEqual({ en });
  });
});
