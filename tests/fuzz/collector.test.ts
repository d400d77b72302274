/**
 * Property-based tests of the collector's handler: whatever the body, headers and method, it answers (never throws,
 * never hangs) with a status of the contract, stores nothing unless it answers 200, and what it stores is the
 * answer exactly as posted.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { checkBatch, createCollector } from '../../src/collector';
import { makeAnswer } from '../collector/answers';
import { memoryStore } from '../collector/memory-store';
import { fuzz, fuzzTimeout } from './helpers';

const STATUSES = [200, 204, 400, 403, 405, 413, 415];
const FIELDS = ['id', 'survey', 'score', 'scale', 'segment', 'comment', 'reasons', 'contact', 'question', 'locale', 'touchpoint', 'page', 'visitorId', 'userId', 'meta', 'answeredAt', 'widget'];

/** A valid answer with some fields replaced by anything, or dropped. */
const mutatedAnswer = fc
  .record({
    changes: fc.dictionary(fc.constantFrom(...FIELDS), fc.oneof(fc.anything(), fc.string(), fc.integer({ min: -2, max: 12 })), { maxKeys: 3 }),
    drop: fc.option(fc.constantFrom(...FIELDS), { nil: undefined }),
  })
  .map(({ changes, drop }) => {
    const answer: Record<string, unknown> = { ...makeAnswer(), ...changes };
    if (drop) delete answer[drop];
    return answer;
  });

const body = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.json({ maxDepth: 4 }),
  fc.array(fc.oneof(mutatedAnswer, fc.constant(makeAnswer())), { maxLength: 4 }).map((answers) => JSON.stringify({ answers })),
  fc.array(fc.anything(), { maxLength: 3 }).map((answers) => JSON.stringify({ answers, sentAt: '2026-11-22T21:47:40.000Z' })),
);

const request = fc.record({
  body,
  method: fc.constantFrom('POST', 'POST', 'POST', 'OPTIONS', 'GET', 'PATCH'),
  type: fc.constantFrom('application/json', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', undefined),
  origin: fc.constantFrom(undefined, 'https://shop.example', 'https://evil.example', 'null'),
});

describe('collector handler (fuzz)', () => {
  it(
    'answers every request with a contract status and stores exactly what it accepted',
    async () => {
      await fc.assert(
        fc.asyncProperty(request, async ({ body, method, type, origin }) => {
          const store = memoryStore();
          const handler = createCollector({ store, allowOrigins: ['https://shop.example'], rateLimit: 0, log: () => {} });
          const headers: Record<string, string> = {};
          if (type) headers['content-type'] = type;
          if (origin) headers.origin = origin;
          const hasBody = method != 'GET';
          const response = await handler(new Request('https://collect.example/collect', { method, headers, body: hasBody ? body : undefined }));
          expect(STATUSES).toContain(response.status);
          if (response.status >= 400) expect(typeof (await response.json()).error).toBe('string');
          if (response.status != 200) {
            expect(store.answers).toEqual([]);
            return;
          }
          const parsed = JSON.parse(body);
          expect(checkBatch(parsed).ok).toBe(true);
          const unique = new Map(parsed.answers.map((a: { id: string }) => [a.id, a]));
          expect(store.answers.map(({ seq: _seq, receivedAt: _at, done: _done, ...answer }) => answer)).toEqual([...unique.values()]);
        }),
        fuzz(300),
      );
    },
    fuzzTimeout(30_000),
  );
});
