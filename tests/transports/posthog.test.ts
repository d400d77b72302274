import { describe, expect, it } from 'vitest';
import { posthogTransport } from '../../src/transports/posthog';
import { POSTHOG_BATCH_EXAMPLE, POSTHOG_SURVEY_SENT_EXAMPLE } from './fixtures/vendor-examples';
import { NOW, context, fullAnswer, leaves, recordingFetch, shapeOf } from './pipeline-helpers';

function posthog(options: { endpoint?: string; surveyId?: string; status?: number } = {}) {
  const { fetch, requests } = recordingFetch(options.status);
  const t = posthogTransport({ endpoint: 'https://eu.i.posthog.com', writeKey: 'phc_test', now: () => NOW, fetch, ...options });
  return { t, requests };
}

type Event = { event: string; distinct_id: string; properties: Record<string, unknown>; timestamp: string };

describe('posthog transport', () => {
  it.each(['https://eu.i.posthog.com', 'https://eu.i.posthog.com/'])('POSTs JSON to <endpoint>/batch/ with the key in the body (endpoint %s)', async (endpoint) => {
    const { t, requests } = posthog({ endpoint });
    expect(await t.send([fullAnswer('a')], context())).toEqual({ status: 'accepted' });
    expect(requests[0].url).toBe('https://eu.i.posthog.com/batch/');
    expect(requests[0].init).toMatchObject({ method: 'POST', credentials: 'omit', headers: { 'Content-Type': 'application/json' } });
    expect(requests[0].init.headers).not.toHaveProperty('Authorization');
    expect(requests[0].body).toMatchObject({ api_key: 'phc_test', sent_at: '2026-12-04T12:00:00.000Z' });
  });

  it("is shaped like PostHog's batch example: the envelope's fields, and each event's", async () => {
    const { t, requests } = posthog();
    await t.send([fullAnswer('a'), fullAnswer('b')], context());
    const body = requests[0].body as typeof POSTHOG_BATCH_EXAMPLE & { batch: Event[] };
    expect(shapeOf(body)).toMatchObject(shapeOf(POSTHOG_BATCH_EXAMPLE));
    expect(body.historical_migration).toBe(false);
    for (const event of body.batch) {
      expect(shapeOf(event)).toMatchObject(shapeOf(POSTHOG_BATCH_EXAMPLE.batch[0]));
      expect(event.properties.distinct_id).toBe(event.distinct_id);
    }
  });

  it("sends survey sent events with PostHog's survey properties, as in its custom-survey example", async () => {
    const { t, requests } = posthog({ surveyId: '018ed910-3b24-0000-e3fd-d51c59aa74b2' });
    await t.send([fullAnswer('a')], context());
    const [event] = requests[0].body.batch as Event[];
    expect(event.event).toBe(POSTHOG_SURVEY_SENT_EXAMPLE.event);
    expect(shapeOf(event.properties)).toMatchObject(shapeOf(POSTHOG_SURVEY_SENT_EXAMPLE.properties));
    expect(event.properties).toMatchObject({
      $survey_id: '018ed910-3b24-0000-e3fd-d51c59aa74b2',
      $survey_submission_id: 'a',
      $survey_completed: true,
      $survey_response: '3',
      $survey_response_1: 'Parcel came late',
      $survey_questions: [
        { question: 'How likely are you to recommend Northwind?', response: '3' },
        { question: 'comment', response: 'Parcel came late' },
      ],
      $current_url: 'https://shop.example/orders',
    });
    expect(event.timestamp).toBe('2026-12-04T11:59:00.000Z');
  });

  it('carries the answer record in the properties, and no $survey_id unless one is configured', async () => {
    const { t, requests } = posthog();
    await t.send([fullAnswer('a')], context());
    const [event] = requests[0].body.batch as Event[];
    expect(event.properties).toMatchObject(fullAnswer('a'));
    expect(event.properties).not.toHaveProperty('$survey_id');
  });

  it('uses the userId as distinct_id when known; else the visitorId, without a person profile', async () => {
    const { t, requests } = posthog();
    await t.send([fullAnswer('a', { userId: 'u-42' }), fullAnswer('b')], context());
    const [known, anonymous] = requests[0].body.batch as Event[];
    expect([known.distinct_id, known.properties.$process_person_profile]).toEqual(['u-42', true]);
    expect([anonymous.distinct_id, anonymous.properties.$process_person_profile]).toEqual(['v-7f3a', false]);
  });

  it('sends nothing the answer record does not hold, besides the key, the event name, survey id and labels', async () => {
    const { t, requests } = posthog({ surveyId: 's-1' });
    const answers = [fullAnswer('a', { userId: 'u-42' }), fullAnswer('b', { comment: undefined })];
    await t.send(answers, context());
    const allowed = new Set([...leaves(answers), 'phc_test', 'survey sent', 's-1', 'NPS', 'comment', '3', true, false, '2026-12-04T12:00:00.000Z']);
    expect(leaves(requests[0].body).filter((value) => !allowed.has(value))).toEqual([]);
  });

  it("gives each event the answer's id as its uuid, so that PostHog keeps an answer sent twice once; none where the id is not a UUID", async () => {
    const id = '5f0c6a4e-2b1d-4c8e-9a7f-3e2d1c0b9a8f';
    const { t, requests } = posthog();
    await t.send([fullAnswer(id), fullAnswer('not-a-uuid')], context());
    await t.send([fullAnswer(id)], context()); // the same answer again: a retry after a response that was lost
    const [first, other] = requests[0].body.batch as (Event & { uuid?: string })[];
    const [again] = requests[1].body.batch as (Event & { uuid?: string })[];
    expect([first.uuid, again.uuid]).toEqual([id, id]);
    expect(other).not.toHaveProperty('uuid'); // PostHog would drop an event whose uuid is not one
  });

  it('follows the status rules of the fetch transport', async () => {
    expect(await posthog({ status: 503 }).t.send([fullAnswer('a')], context())).toEqual({ status: 'retry', reason: 'HTTP 503' });
    expect(await posthog({ status: 401 }).t.send([fullAnswer('a')], context())).toEqual({ status: 'reject', reason: 'HTTP 401' });
  });
});
