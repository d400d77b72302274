/**
 * The pipeline transports by name (src/transports/pipelines.ts), what dist/hearken-pipelines.js and the npm chunk
 * hand to resolveTransport.
 */
import { describe, expect, it, vi } from 'vitest';
import { pipelines } from '../../src/transports/pipelines';
import { answer } from '../outbox/helpers';

describe('pipelines', () => {
  it('names exactly the segment and posthog transports, each posting the batch to its vendor path', async () => {
    expect(Object.keys(pipelines).sort()).toEqual(['posthog', 'segment']);
    const calls: string[] = [];
    const fetch = vi.fn(async (url: string) => (calls.push(url), new Response('{}', { status: 200 })));
    const context = { signal: new AbortController().signal, unload: false };
    for (const name of ['segment', 'posthog'] as const) {
      const transport = pipelines[name]({ endpoint: 'https://data.example', writeKey: 'key', fetch: fetch as never });
      expect(await transport.send([answer('a1')], context)).toEqual({ status: 'accepted' });
    }
    expect(calls).toEqual(['https://data.example/v1/batch', 'https://data.example/batch/']);
  });
});
