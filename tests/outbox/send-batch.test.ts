import { describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/surveys/types';
import type { TransportResult } from '../../src/transports/types';
import type { Clock } from '../../src/storage/index';
import type { OutboxEntry } from '../../src/outbox/storage/types';
import { createBatchSender } from '../../src/outbox/send-batch';
import { createLedger } from '../../src/outbox/ledger';
import { entryOf } from '../../src/outbox/storage/entry';
import { answer, scripted } from './setup';
import type { Reply } from './setup';

/** A clock whose timers run only when the test says so. */
function manualClock() {
  const timers = new Map<number, () => void>();
  let next = 0;
  const clock: Clock = {
    now: () => 0,
    setTimeout: (fn) => (timers.set(++next, fn), next),
    clearTimeout: (id) => void timers.delete(id as number),
  };
  return { clock, fire: () => [...timers.values()].forEach((fn) => fn()), timers };
}

const entries = (...ids: string[]): OutboxEntry[] => ids.map((id) => entryOf(answer(id), 1));
const flush = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

function sender(replies: Reply[] = [], unloadReplies: Reply[] = [], beacon = false) {
  const time = manualClock();
  const ledger = createLedger();
  const transport = scripted(replies);
  const unloadTransport = Object.assign(scripted(unloadReplies), beacon ? { queued: true as const } : {});
  const finished: [string[], string, string | undefined][] = [];
  const deps = {
    transport,
    unloadTransport,
    outbox: { add: vi.fn(), read: vi.fn(), finish: vi.fn(async (list: OutboxEntry[], name: string, reason?: string) => void finished.push([list.map((e) => e.id), name, reason])) },
    ledger,
    lock: { run: vi.fn(), claim: vi.fn(), others: () => [] },
    clock: time.clock,
    timeoutMs: 10_000,
    refused: vi.fn(),
    accepted: vi.fn(),
    fail: vi.fn(),
  };
  return { send: createBatchSender(deps as never), deps, ledger, transport, unloadTransport, finished, time };
}

describe('createBatchSender', () => {
  it('hands the answers to the transport, then reports them sent and never sends them again', async () => {
    const s = sender();
    expect(await s.send(entries('a', 'b'), false)).toEqual({ status: 'accepted' });
    expect(s.transport.calls.map((c) => [c.ids, c.context.unload])).toEqual([[['a', 'b'], false]]);
    expect(s.finished).toEqual([[['a', 'b'], 'sent', undefined]]);
    expect(s.deps.accepted).toHaveBeenCalledTimes(1);
    expect([s.ledger.isSettled('a'), s.ledger.isBusy('b')]).toEqual([true, true]);
    // the batch was announced to the other tabs while it flew, and withdrawn after
    expect(s.deps.lock.claim.mock.calls).toEqual([[['a', 'b']], [[]]]);
  });

  it('calls the transport synchronously, so a beacon leaves even from a pagehide handler', () => {
    const s = sender();
    void s.send(entries('a'), true);
    expect(s.unloadTransport.calls.map((c) => [c.ids, c.context.unload])).toEqual([[['a'], true]]);
    expect(s.transport.send).not.toHaveBeenCalled();
    // an unloading page announces nothing to the other tabs
    expect(s.deps.lock.claim).not.toHaveBeenCalled();
  });

  it("keeps what a beacon took until a fetch confirms it (a beacon's yes only means queued)", async () => {
    const s = sender([], [], true);
    expect(await s.send(entries('a'), true)).toEqual({ status: 'accepted' });
    expect(s.finished).toEqual([]);
    expect([s.ledger.isSettled('a'), s.ledger.isTaken('a'), s.ledger.isBusy('a')]).toEqual([false, true, false]);
  });

  it.each<[string, Reply, string]>([
    ['throws', 'throw', 'threw'],
    ['rejects', () => Promise.reject(new Error('offline')), 'threw'],
    ['answers nonsense', () => ({ status: 'maybe' }) as unknown as TransportResult, 'bad result'],
    ['answers nothing', () => undefined as unknown as TransportResult, 'bad result'],
  ])('a transport that %s means try again later; the answers stay', async (_, reply, reason) => {
    const s = sender([reply]);
    expect(await s.send(entries('a'), false)).toEqual({ status: 'retry', reason });
    expect(s.finished).toEqual([]);
    expect([s.ledger.isBusy('a'), s.ledger.isSettled('a')]).toEqual([false, false]);
  });

  it('gives up on a transport silent past the timeout: aborts its request, and tries again later', async () => {
    let signal!: AbortSignal;
    const s = sender([(_batch: Answer[], context) => ((signal = context.signal!), new Promise(() => {}))]);
    const result = s.send(entries('a'), false);
    await flush();
    expect(signal.aborted).toBe(false);
    s.time.fire();
    expect(await result).toEqual({ status: 'retry', reason: 'timed out' });
    expect(signal.aborted).toBe(true);
    expect(s.ledger.isBusy('a')).toBe(false);
  });

  it('abortAll aborts the requests in flight (the delivery is destroyed)', async () => {
    let signal!: AbortSignal;
    const s = sender([(_batch: Answer[], context) => ((signal = context.signal!), new Promise(() => {}))]);
    void s.send(entries('a'), false);
    await flush();
    s.send.abortAll();
    expect(signal.aborted).toBe(true);
  });

  it('passes a retry on as it came (Retry-After included)', async () => {
    const s = sender([{ status: 'retry', after: 30_000, reason: 'HTTP 429' }]);
    expect(await s.send(entries('a'), false)).toEqual({ status: 'retry', after: 30_000, reason: 'HTTP 429' });
    expect(s.deps.accepted).not.toHaveBeenCalled();
  });

  it('tells the delivery about a refusal, and keeps the answers', async () => {
    const s = sender([{ status: 'reject', reason: 'HTTP 403' }]);
    expect(await s.send(entries('a', 'b'), false)).toEqual({ status: 'reject', reason: 'HTTP 403' });
    expect(s.deps.refused).toHaveBeenCalledWith(['a', 'b'], 'HTTP 403');
    expect(s.finished).toEqual([]);
  });

  it('splits a batch the endpoint finds too large, until every half fits', async () => {
    const s = sender([{ status: 'too-large' }, { status: 'too-large' }]);
    expect(await s.send(entries('a', 'b', 'c', 'd'), false)).toEqual({ status: 'accepted' });
    expect(s.transport.calls.map((c) => c.ids)).toEqual([['a', 'b', 'c', 'd'], ['a', 'b'], ['a'], ['b'], ['c', 'd']]);
    expect(s.finished.map(([ids, name]) => [ids, name])).toEqual([[['a'], 'sent'], [['b'], 'sent'], [['c', 'd'], 'sent']]);
  });

  it('stops at the first half that must wait, and does not send the second', async () => {
    const s = sender([{ status: 'too-large' }, 'throw']);
    expect(await s.send(entries('a', 'b'), false)).toEqual({ status: 'retry', reason: 'threw' });
    expect(s.transport.calls.map((c) => c.ids)).toEqual([['a', 'b'], ['a']]);
  });

  it('drops a single answer too large for any transport, once, with the reason', async () => {
    const s = sender([{ status: 'too-large' }]);
    expect(await s.send(entries('huge'), false)).toEqual({ status: 'accepted' });
    expect(s.finished).toEqual([[['huge'], 'drop', 'too-large']]);
    expect(s.ledger.isSettled('huge')).toBe(true);
  });

  it('leaves an answer too large for a beacon to a later fetch', async () => {
    const s = sender([], [{ status: 'too-large' }]);
    expect(await s.send(entries('huge'), true)).toEqual({ status: 'retry', reason: 'too large' });
    expect(s.finished).toEqual([]);
    expect(s.ledger.isTaken('huge')).toBe(false);
  });

  it('reports an outbox that fails to remove a sent answer, and still never sends it again', async () => {
    const s = sender();
    s.deps.outbox.finish.mockRejectedValueOnce(new Error('disk gone'));
    expect(await s.send(entries('a'), false)).toEqual({ status: 'accepted' });
    expect(s.deps.fail).toHaveBeenCalledWith('outbox write failed', expect.any(Error));
    expect(s.ledger.isSettled('a')).toBe(true);
  });
});
