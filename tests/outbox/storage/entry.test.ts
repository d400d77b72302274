import { describe, expect, it } from 'vitest';
import { byAge, entryOf, readEntry } from '../../../src/outbox/storage/entry';
import type { OutboxEntry } from '../../../src/outbox/storage/types';
import { MAX_COMMENT_LENGTH, MAX_PAGE_LENGTH } from '../../../src/surveys/index';
import { checkBatch } from '../../../src/collector/validate';
import { answer } from '../helpers';

// What the collector kit refuses, and would hold its whole batch back for: a pasted comment and a page over its limits
const tooLong = (id: string) => ({ ...answer(id, 'x'.repeat(MAX_COMMENT_LENGTH) + '😀'), page: 'https://shop.example/' + 'p'.repeat(MAX_PAGE_LENGTH) });

describe('entryOf', () => {
  it('stores an answer under its id, new (age 0) and seen now', () => {
    const a = answer('a');
    expect(entryOf(a, 1234)).toEqual({ id: 'a', answer: a, storedAt: 1234, age: 0, seenAt: 1234 });
  });

  it('cuts a comment and a page the collector kit would refuse, never between the halves of a character', () => {
    const { answer: cut } = entryOf(tooLong('a'), 1);
    expect(cut.comment).toBe('x'.repeat(MAX_COMMENT_LENGTH));
    expect(cut.page).toHaveLength(MAX_PAGE_LENGTH);
    expect(checkBatch({ answers: [tooLong('b')] })).toMatchObject({ ok: false });
    expect(checkBatch({ answers: [cut] })).toMatchObject({ ok: true });
    const split = entryOf({ ...answer('c'), comment: 'x'.repeat(MAX_COMMENT_LENGTH - 1) + '😀' }, 1).answer.comment;
    expect(split).toBe('x'.repeat(MAX_COMMENT_LENGTH - 1));
  });
});

describe('readEntry', () => {
  it('reads an entry as this version writes it', () => {
    const entry = { ...entryOf(answer('a'), 5), age: 60_000 };
    expect(readEntry(JSON.parse(JSON.stringify(entry)))).toEqual(entry);
  });

  it('reads the 0.1 format { id, a, t, g, s } still in the outboxes of visitors who come back', () => {
    const a = answer('old', 'Left in 0.1');
    expect(readEntry({ id: 'old', a, t: 100, g: 2_000, s: 300 })).toEqual({ id: 'old', answer: a, storedAt: 100, age: 2_000, seenAt: 300 });
    // a 0.1 entry missing its times is still sent, as if new
    expect(readEntry({ id: 'old', a })).toEqual({ id: 'old', answer: a, storedAt: 0, age: 0, seenAt: 0 });
  });

  it('cuts an answer an earlier version stored uncut, as entryOf cuts a new one', () => {
    const stored = JSON.parse(JSON.stringify({ id: 'a', answer: tooLong('a'), storedAt: 1, age: 0, seenAt: 1 }));
    expect(checkBatch({ answers: [readEntry(stored)!.answer] })).toMatchObject({ ok: true });
    expect(checkBatch({ answers: [readEntry({ id: 'old', a: tooLong('old') })!.answer] })).toMatchObject({ ok: true });
    // a damaged answer is read as it is, for the collector to refuse, rather than stop the outbox's read
    expect(readEntry({ id: 'a', answer: { id: 'a', comment: 5 }, storedAt: 1, age: 0, seenAt: 1 })!.answer).toEqual({ id: 'a', comment: 5 });
  });

  it.each([
    ['null', null],
    ['a string', 'hearken'],
    ['a number', 7],
    ['no id', { answer: answer('a'), storedAt: 1, age: 0, seenAt: 1 }],
    ['no answer', { id: 'a', storedAt: 1, age: 0, seenAt: 1 }],
    ['a 0.1 entry without its answer', { id: 'a', t: 1, g: 0, s: 1 }],
  ])('skips a damaged record: %s', (_, record) => {
    expect(readEntry(record)).toBeUndefined();
  });
});

describe('byAge', () => {
  const entry = (id: string, age: number, storedAt: number): OutboxEntry => ({ ...entryOf(answer(id), storedAt), age });

  it('puts the entry that waited longest first, whatever the clock said when it was stored', () => {
    // "late" was stored at a later clock reading, but the clock was set back since: its age decides
    const list = [entry('young', 10, 1), entry('late', 900, 5_000), entry('middle', 500, 2)];
    expect(list.sort(byAge).map((e) => e.id)).toEqual(['late', 'middle', 'young']);
  });

  it('orders entries of equal age by the time stored, then by id, so every tab sends in the same order', () => {
    const list = [entry('c', 0, 2), entry('b', 0, 1), entry('a', 0, 2)];
    expect(list.sort(byAge).map((e) => e.id)).toEqual(['b', 'a', 'c']);
  });
});
