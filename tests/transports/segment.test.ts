import { describe, expect, it } from 'vitest';
import { segmentTransport } from '../../src/transports/segment';
import { SEGMENT_BASIC_AUTH_EXAMPLE, SEGMENT_BATCH_EXAMPLE, SEGMENT_LIMITS } from './fixtures/vendor-examples';
import { NOW, context, fullAnswer, leaves, recordingFetch, shapeOf } from './pipeline-helpers';

function segment(options: { endpoint?: string; writeKey?: string; eventName?: string; status?: number } = {}) {
  const { fetch, requests } = recordingFetch(options.status);
  const t = segmentTransport({ endpoint: 'https://events.shop.example', writeKey: 'wk_123', now: () => NOW, fetch, ...options });
  return { t, requests };
}

describe('segment transport', () => {
  it.each(['https://events.shop.example', 'https://events.shop.example/'])('POSTs JSON to <endpoint>/v1/batch (endpoint %s)', async (endpoint) => {
    const { t, requests } = segment({ endpoint });
    expect(await t.send([fullAnswer('a')], context())).toEqual({ status: 'accepted' });
    expect(requests[0].url).toBe('https://events.shop.example/v1/batch');
    expect(requests[0].init).toMatchObject({ method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' } });
  });

  it("authenticates with Basic auth: the write key as user, an empty password (Segment's example)", async () => {
    const { t, requests } = segment({ writeKey: SEGMENT_BASIC_AUTH_EXAMPLE.writeKey });
    await t.send([fullAnswer('a')], context());
    const headers = requests[0].init.headers as Record<string, string>;
    expect('Authorization: ' + headers.Authorization).toBe(SEGMENT_BASIC_AUTH_EXAMPLE.header);
  });

  it("sends one track call per answer, shaped like the track calls of Segment's batch example", async () => {
    const { t, requests } = segment();
    await t.send([fullAnswer('a', { userId: 'u-42' }), fullAnswer('b')], context());
    const body = requests[0].body as { batch: Record<string, unknown>[]; sentAt: string };
    const example = SEGMENT_BATCH_EXAMPLE.batch.find((call) => call.type == 'track')!;
    expect(shapeOf(body.batch[0])).toMatchObject(shapeOf(example));
    expect(body.batch).toEqual([
      {
        type: 'track',
        event: 'Survey Answered',
        messageId: 'a',
        anonymousId: 'v-7f3a',
        userId: 'u-42',
        properties: fullAnswer('a', { userId: 'u-42' }),
        timestamp: '2026-12-04T11:59:00.000Z',
      },
      // no userId when the visitor is not identified: anonymousId alone
      { type: 'track', event: 'Survey Answered', messageId: 'b', anonymousId: 'v-7f3a', properties: fullAnswer('b'), timestamp: '2026-12-04T11:59:00.000Z' },
    ]);
    expect(body.sentAt).toBe('2026-12-04T12:00:00.000Z');
  });

  it('names the event after eventName', async () => {
    const { t, requests } = segment({ eventName: 'NPS Answered' });
    await t.send([fullAnswer('a')], context());
    expect((requests[0].body.batch as { event: string }[])[0].event).toBe('NPS Answered');
  });

  it('sends nothing the answer record does not hold, besides the event name, the call type and the time of sending', async () => {
    const { t, requests } = segment();
    const answers = [fullAnswer('a', { userId: 'u-42' }), fullAnswer('b', { contact: { consent: true, channel: 'email' } } as never)];
    await t.send(answers, context());
    const allowed = new Set([...leaves(answers), 'Survey Answered', 'track', '2026-12-04T12:00:00.000Z']);
    expect(leaves(requests[0].body).filter((value) => !allowed.has(value))).toEqual([]);
  });

  it(`keeps within Segment's limits: an event over 32 KB or a request over 500 KB is too-large, and nothing is posted`, async () => {
    const { t, requests } = segment();
    const big = fullAnswer('big', { comment: 'x'.repeat(SEGMENT_LIMITS.eventBytes) });
    expect(await t.send([big], context())).toEqual({ status: 'too-large' });
    const answers = Array.from({ length: 20 }, (_, i) => fullAnswer('a' + i, { comment: 'é'.repeat(13_000) }));
    expect(await t.send(answers, context())).toEqual({ status: 'too-large' });
    expect(requests).toHaveLength(0);
    expect(await t.send(answers.slice(0, 10), context())).toEqual({ status: 'accepted' });
    expect(new Blob([requests[0].init.body as string]).size).toBeLessThan(SEGMENT_LIMITS.requestBytes);
  });

  it('follows the status rules of the fetch transport', async () => {
    expect(await segment({ status: 500 }).t.send([fullAnswer('a')], context())).toEqual({ status: 'retry', reason: 'HTTP 500' });
    expect(await segment({ status: 400 }).t.send([fullAnswer('a')], context())).toEqual({ status: 'reject', reason: 'HTTP 400' });
    expect(await segment({ status: 413 }).t.send([fullAnswer('a')], context())).toEqual({ status: 'too-large' });
  });

  it('goes with keepalive on the page-exit path', async () => {
    const { t, requests } = segment();
    await t.send([fullAnswer('a')], context(true));
    expect(requests[0].init.keepalive).toBe(true);
  });
});
