import { describe, expect, it } from 'vitest';
import * as DEFAULT_KEYS from '../../src/storage/default-keys';

describe("the default namespace's keys", () => {
  it('are the localStorage and sessionStorage keys of 0.1, under hearken:, each once', () => {
    // stored data of earlier versions stays readable: these names are a promise
    expect(DEFAULT_KEYS).toMatchObject({
      prefix: 'hearken:',
      database: 'hearken',
      outboxPrefix: 'hearken:outbox:',
      history: 'hearken:history',
      visitor: 'hearken:visitor',
      waiting: 'hearken:waiting',
      checked: 'hearken:checked',
      rescuePrefix: 'hearken:rescue:',
    });
    const values = Object.values(DEFAULT_KEYS);
    expect(new Set(values).size).toBe(values.length);
  });
});
