import { describe, expect, it } from 'vitest';
import { createRescue, keepEarly } from '../../src/outbox/rescue';
import { safeStorage } from '../../src/storage/index';
import { answer, fakeStorage, renderers } from './helpers';

const PREFIX = 'hearken:rescue:';

describe('createRescue', () => {
  it('hands what one page kept to the next, which forgets it once stored; more kept meanwhile stays', () => {
    const local = fakeStorage();
    const page = () => createRescue(safeStorage(() => local.storage), PREFIX);
    expect(page().keep([answer('a'), answer('b')])).toBe(true);
    const [kept, forget] = page().take();
    expect(kept.map((k) => k.answer.id).sort()).toEqual(['a', 'b']);
    page().keep([answer('c')]); // another tab leaves while the next page stores a and b
    forget();
    expect(page().take()[0].map((k) => k.answer.id)).toEqual(['c']);
    page().take()[1]();
    expect([...local.shared.keys()]).toEqual([]);
  });

  it('does not lose what a tab keeps while another forgets what it took, though each sees the other late', () => {
    const { storages, deliver } = renderers();
    const [leaving, starting] = storages.map((s) => () => createRescue(safeStorage(() => s), PREFIX));
    leaving().keep([answer('a')]);
    deliver();
    const [taken, forget] = starting().take();
    expect(taken.map((k) => k.answer.id)).toEqual(['a']);
    leaving().keep([answer('x')]); // a tab is closed right after Send, as the other tab stores what it took
    forget();
    deliver();
    for (const tab of [leaving, starting]) expect(tab().take()[0].map((k) => k.answer.id)).toEqual(['x']);
  });

  it('never throws: without localStorage, with storage that throws, or a damaged record, it keeps and hands nothing', () => {
    const local = fakeStorage();
    const page = () => createRescue(safeStorage(() => local.storage), PREFIX);
    for (const none of [createRescue(safeStorage(() => { throw new Error('The operation is insecure.'); }), PREFIX), createRescue(safeStorage(() => undefined), PREFIX)]) {
      expect(none.keep([answer('a')])).toBe(false);
      expect(none.take()[0]).toEqual([]);
    }
    for (const damaged of ['{not json', '42', 'null', '{"id":"y"}', '"x"']) {
      local.shared.set(PREFIX + 'x', damaged);
      expect(page().take()[0]).toEqual([]);
      expect(() => page().take()[1]()).not.toThrow();
      expect(local.shared.has(PREFIX + 'x')).toBe(false); // forgotten, not read again on every load
    }
    local.state.fail = 'all';
    expect(page().keep([answer('b')])).toBe(false);
    expect(page().take()[0]).toEqual([]);
  });

  it("keeps each answer with its delivery's destination and time to live, and reads a widget's early ones and 0.1's as unmarked", () => {
    const local = fakeStorage();
    const store = safeStorage(() => local.storage);
    expect(createRescue(store, PREFIX, 'http', 864e5).keep([answer('a')])).toBe(true);
    expect(keepEarly(store, PREFIX)(answer('b'))).toBe(true);
    const [kept] = createRescue(store, PREFIX, 'dataLayer').take();
    expect(kept.map((k) => [k.answer.id, k.to, k.ttl]).sort()).toEqual([
      ['a', 'http', 864e5],
      ['b', undefined, undefined],
    ]);
  });

  it("writes the answers' lists as lists under an old library's Array.prototype.toJSON (Prototype.js)", () => {
    const local = fakeStorage();
    const store = safeStorage(() => local.storage);
    const withReasons = { ...answer('a'), reasons: ['late', 'price'] };
    (Array.prototype as unknown as { toJSON?: () => string }).toJSON = function (this: unknown[]) {
      return 'a string';
    };
    try {
      createRescue(store, PREFIX, 'http').keep([withReasons]);
    } finally {
      delete (Array.prototype as unknown as { toJSON?: () => string }).toJSON;
    }
    expect(createRescue(store, PREFIX, 'http').take()[0][0]!.answer.reasons).toEqual(['late', 'price']);
  });
});
