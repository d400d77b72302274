import { describe, expect, it } from 'vitest';
import { createLedger } from '../../src/outbox/ledger';
import { entryOf } from '../../src/outbox/storage/entry';
import { answer } from './helpers';

describe('createLedger', () => {
  it('knows nothing at first: every answer may be flushed and beaconed', () => {
    const ledger = createLedger();
    expect([ledger.known.size, ledger.unsaved.size]).toEqual([0, 0]);
    expect([ledger.isSettled('a'), ledger.isBusy('a'), ledger.isTaken('a')]).toEqual([false, false, false]);
  });

  it('a settled answer (sent or dropped) is forgotten by the unload path and never taken again', () => {
    const ledger = createLedger();
    ledger.known.set('a', entryOf(answer('a'), 1));
    ledger.known.set('b', entryOf(answer('b'), 1));
    ledger.settle(['a']);
    expect([...ledger.known.keys()]).toEqual(['b']);
    expect([ledger.isSettled('a'), ledger.isBusy('a'), ledger.isTaken('a')]).toEqual([true, true, true]);
    expect(ledger.isSettled('b')).toBe(false);
  });

  it('an answer in a request is busy until the request ends, without being settled', () => {
    const ledger = createLedger();
    ledger.flying(['a', 'b'], true);
    expect([ledger.isBusy('a'), ledger.isTaken('b'), ledger.isSettled('a')]).toEqual([true, true, false]);
    ledger.flying(['a'], false);
    expect([ledger.isBusy('a'), ledger.isBusy('b')]).toEqual([false, true]);
  });

  it('a refused answer waits for the slow timer: held until released, all at once', () => {
    const ledger = createLedger();
    ledger.hold(['a']);
    ledger.hold(['b']);
    expect([ledger.isBusy('a'), ledger.isTaken('b'), ledger.isSettled('a')]).toEqual([true, true, false]);
    ledger.release();
    expect([ledger.isBusy('a'), ledger.isBusy('b')]).toEqual([false, false]);
  });

  it('a beaconed answer is not beaconed again by this page, but a flush may still confirm it', () => {
    const ledger = createLedger();
    ledger.beaconed(['a']);
    expect([ledger.isTaken('a'), ledger.isBusy('a'), ledger.isSettled('a')]).toEqual([true, false, false]);
  });

  it('two deliveries keep separate ledgers', () => {
    const one = createLedger();
    one.settle(['a']);
    expect(createLedger().isSettled('a')).toBe(false);
  });
});
