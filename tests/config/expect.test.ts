import { describe, expect, it } from 'vitest';
import { EXPECT } from '../../src/config/expect';
import { FIELDS } from '../../src/config/fields';
import { LOOP_OPTIONS } from '../../src/config/loop-options';

describe("EXPECT: what a good value looks like, in an option's error", () => {
  it('names only options there are', () => {
    for (const key of Object.keys(EXPECT)) expect(Object.keys(FIELDS), key).toContain(key);
  });

  it('says it for every option that is neither a text nor one of listed choices (those errors say "a non-empty text" or list the choices)', () => {
    const later = LOOP_OPTIONS as readonly string[];
    for (const [key, field] of Object.entries(FIELDS)) {
      if (key in EXPECT || field.choices || later.includes(key)) continue;
      // a text: any word passes its check, a blank does not
      expect([field.check('anything', {}), field.check('  ', {})], key).toEqual(['anything', undefined]);
    }
  });
});
