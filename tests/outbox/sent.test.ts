import { describe, expect, it } from 'vitest';
import { createSentNote } from '../../src/outbox/sent';
import { safeStorage } from '../../src/storage/index';
import { fakeStorage, renderers } from './helpers';

const PREFIX = 'hearken:sent:';

function pages() {
  const clock = { t: 1_000_000 };
  const local = fakeStorage();
  const page = () => createSentNote(safeStorage(() => local.storage), PREFIX, { now: () => clock.t }, 10_000);
  return { clock, local, page };
}

describe('createSentNote', () => {
  it('tells every page of the origin how long an id handed to a beacon must wait, then lets it go', () => {
    const { clock, page } = pages();
    page().add(['a', 'b']);
    const next = page(); // the next page, or another tab
    clock.t += 4_000;
    expect([next.left('a'), next.left('b'), next.left('other')]).toEqual([6_000, 6_000, 0]);
    clock.t += 6_000;
    expect(next.left('a')).toBe(0);
  });

  it('keeps the notes of two tabs left at the same moment, though each sees the other late', () => {
    const { storages, deliver } = renderers();
    const [one, two] = storages.map((s) => createSentNote(safeStorage(() => s), PREFIX, { now: () => 1_000_000 }, 10_000));
    one.add(['a']);
    two.add(['b']);
    deliver();
    expect([one.left('a'), one.left('b'), two.left('a'), two.left('b')]).toEqual([10_000, 10_000, 10_000, 10_000]);
  });

  it('prunes ids whose wait is over when it notes new ones', () => {
    const { clock, local, page } = pages();
    page().add(['old']);
    clock.t += 10_000;
    page().add(['new']);
    expect([...local.shared.keys()]).toEqual([PREFIX + 'new']);
  });

  it('counts a time ahead of the clock (set back since) as no wait, so an answer cannot be held for long', () => {
    const { clock, page } = pages();
    page().add(['a']);
    clock.t -= 60_000;
    expect(page().left('a')).toBe(0);
  });

  it('never throws: without localStorage or with storage that throws it notes nothing; a damaged note is replaced', () => {
    const { clock, local, page } = pages();
    const none = createSentNote(safeStorage(() => undefined), PREFIX, { now: () => clock.t }, 10_000);
    none.add(['a']);
    expect(none.left('a')).toBe(0);
    const gone = createSentNote(safeStorage(() => { throw new Error('The operation is insecure.'); }), PREFIX, { now: () => clock.t }, 10_000);
    gone.add(['a']);
    expect(gone.left('a')).toBe(0);
    for (const damaged of ['{not json', '{}', 'null', '"text"']) {
      local.shared.set(PREFIX + 'a', damaged);
      expect(page().left('a')).toBe(0);
      expect(() => page().add(['a'])).not.toThrow();
      expect(page().left('a')).toBe(10_000);
    }
    local.state.fail = 'all';
    expect(() => page().add(['b'])).not.toThrow();
    expect(page().left('b')).toBe(0);
  });
});
