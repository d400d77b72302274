import { describe, expect, it } from 'vitest';
import { pipelineTransport } from '../../src/transports/pipeline';
import { NOW, context, fullAnswer, recordingFetch } from './pipeline-helpers';

const format = {
  path: 'in/batch',
  event: (answer: { id: string }) => ({ key: answer.id }),
  body: (events: string, sentAt: string) => `{"items":[${events}],"at":"${sentAt}"}`,
};

describe('pipelineTransport', () => {
  it.each([
    ['https://plane.example', 'https://plane.example/in/batch'],
    ['https://plane.example/', 'https://plane.example/in/batch'],
    ['https://shop.example/rudder//', 'https://shop.example/rudder/in/batch'],
  ])('appends the path to the endpoint %s', async (endpoint, url) => {
    const { fetch, requests } = recordingFetch();
    await pipelineTransport({ endpoint, writeKey: 'k', fetch, now: () => NOW }, format).send([fullAnswer('a')], context());
    expect(requests[0].url).toBe(url);
  });

  it("writes the vendor's body around the events, and sends the owner's headers with the vendor's", async () => {
    const { fetch, requests } = recordingFetch();
    const t = pipelineTransport({ endpoint: 'https://plane.example', writeKey: 'k', fetch, now: () => NOW, headers: { 'X-Shop': 'nw' } }, { ...format, headers: { Authorization: 'Basic x' } });
    await t.send([fullAnswer('a'), fullAnswer('b')], context());
    expect(requests[0].body).toEqual({ items: [{ key: 'a' }, { key: 'b' }], at: '2026-12-04T12:00:00.000Z' });
    expect(requests[0].init.headers).toEqual({ 'Content-Type': 'application/json', 'X-Shop': 'nw', Authorization: 'Basic x' });
  });

  it('counts bytes, not characters, against the limits', async () => {
    const { fetch, requests } = recordingFetch();
    const t = pipelineTransport({ endpoint: 'https://plane.example', writeKey: 'k', fetch, now: () => NOW }, { ...format, event: (a) => a, limits: [1000, 10_000] });
    // 400 characters, 1,200 bytes in UTF-8
    expect(await t.send([fullAnswer('a', { comment: '€'.repeat(400) })], context())).toEqual({ status: 'too-large' });
    expect(await t.send([fullAnswer('a', { comment: 'e'.repeat(400) })], context())).toEqual({ status: 'accepted' });
    expect(requests).toHaveLength(1);
  });
});
