/**
 * Helpers for the pipeline transports' tests: a recording fetch, and what a body may hold.
 */
import { vi } from 'vitest';
import type { Answer } from '../../src/surveys/types';
import { answer } from '../outbox/helpers';

export const NOW = Date.parse('2026-12-04T12:00:00Z');
export const context = (unload = false) => ({ signal: new AbortController().signal, unload });

/** A fetch that answers `status` and records each request (url, init, parsed body). */
export function recordingFetch(status = 200, headers?: Record<string, string>) {
  const requests: { url: string; init: RequestInit; body: Record<string, unknown> }[] = [];
  const fetch = vi.fn(async (url: string, init: RequestInit) => {
    requests.push({ url, init, body: JSON.parse(init.body as string) });
    return new Response(null, { status, headers });
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, requests };
}

/** An answer with every optional field a record can hold. */
export function fullAnswer(id: string, extra: Partial<Answer> = {}): Answer {
  return {
    ...answer(id, 'Parcel came late'),
    score: 3,
    segment: 'detractor',
    question: 'How likely are you to recommend Northwind?',
    locale: 'de',
    touchpoint: 'delivery',
    page: 'https://shop.example/orders',
    visitorId: 'v-7f3a',
    meta: { plan: 'pro' },
    answeredAt: '2026-12-04T11:59:00.000Z',
    ...extra,
  };
}

/** Every text and number in a JSON value, at any depth (keys left out). */
export function leaves(value: unknown): (string | number | boolean)[] {
  if (value && typeof value == 'object') return Object.values(value).flatMap(leaves);
  return value == null ? [] : [value as string | number | boolean];
}

/** The JSON type of each top-level field of an object, e.g. `{ event: 'string', properties: 'object' }`. */
export function shapeOf(value: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? 'array' : typeof v]));
}
