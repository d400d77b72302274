import { describe, expect, it } from 'vitest';
import { createRescue } from '../../src/outbox/rescue';
import { answer, fakeStorage, fakeWindow } from './helpers';

describe('createRescue', () => {
  it('hands what one page kept to the next, which forgets it once stored; more kept meanwhile stays', () => {
    const local = fakeStorage();
    const page = () => createRescue(fakeWindow({ localStorage: local.storage }), 'hearken:rescue');
    page().keep([answer('a'), answer('b')]);
    const [kept, forget] = page().take();
    expect(kept.map((a) => a.id)).toEqual(['a', 'b']);
    page().keep([answer('c')]); // another tab leaves while the next page stores a and b
    forget();
    expect(page().take()[0].map((a) => a.id)).toEqual(['c']);
    page().take()[1]();
    expect(local.shared.has('hearken:rescue')).toBe(false);
  });

  it('never throws: without localStorage, with storage that throws, or a damaged record, it keeps and hands nothing', () => {
    const local = fakeStorage();
    const page = () => createRescue(fakeWindow({ localStorage: local.storage }), 'hearken:rescue');
    for (const none of [createRescue(undefined, 'hearken:rescue'), createRescue(fakeWindow({}), 'hearken:rescue')]) {
      expect(() => none.keep([answer('a')])).not.toThrow();
      expect(none.take()[0]).toEqual([]);
    }
    for (const damaged of ['{not json', '42', 'null', '{"x":{"id":"y"}}', '{"x":null}']) {
      local.shared.set('hearken:rescue', damaged);
      expect(page().take()[0]).toEqual([]);
      expect(() => page().take()[1]()).not.toThrow();
    }
    local.state.fail = 'all';
    expect(() => page().keep([answer('b')])).not.toThrow();
  });
});
