import type { Answer } from '../surveys/index';
import type { TransportObject } from './types';
import type { PipelineTransportOptions } from './pipeline';
import { pipelineTransport } from './pipeline';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Options of the PostHog transport. */
export interface PostHogTransportOptions extends PipelineTransportOptions {
  /** The id of an API survey in PostHog: with it, answers show in PostHog's surveys UI. */
  surveyId?: string;
}

/**
 * An answer as PostHog's `survey sent` event. `distinct_id` is the userId when known, else the visitorId (then
 * without a person profile, `$process_person_profile: false`). Its properties are the answer record plus PostHog's survey properties:
 * `$survey_submission_id` is the answer's id, `$survey_response` the score (question 1 of the PostHog survey, a
 * rating) and `$survey_response_1` the comment (question 2, open text), as text, as posthog-js sends them.
 */
export function posthogEvent(answer: Answer, surveyId?: string) {
  const { score, comment, question } = answer;
  const distinctId = answer.userId || answer.visitorId;
  return {
    // The event's own id, so that PostHog keeps one event for an answer sent twice (a retry after a lost response, the
    // page exit's send and the next page's); only a UUID, as hearken's answer ids are: PostHog drops an event whose
    // uuid is not one (then it makes its own).
    uuid: UUID.test(answer.id) ? answer.id : undefined,
    event: 'survey sent',
    distinct_id: distinctId,
    properties: {
      ...answer,
      // where PostHog's batch example puts it; the top-level one wins where both are read
      distinct_id: distinctId,
      $survey_id: surveyId,
      $survey_name: answer.survey.toUpperCase(),
      $survey_questions: [{ question, response: '' + score }, ...(comment ? [{ question: 'comment', response: comment }] : [])],
      $survey_response: '' + score,
      $survey_response_1: comment,
      $survey_submission_id: answer.id,
      $survey_completed: true,
      $current_url: answer.page,
      $process_person_profile: !!answer.userId,
    },
    timestamp: answer.answeredAt,
  };
}

/**
 * POSTs batches to PostHog's capture endpoint `<endpoint>/batch/` as
 * `{ api_key, historical_migration: false, batch: [survey sent…], sent_at }`, the project API key (`phc_…`,
 * write-only) in the body. Each event's `uuid` is the answer's id, by which PostHog keeps an answer sent twice once;
 * its surveys UI groups responses by `$survey_submission_id`, the same id.
 */
export function posthogTransport(options: PostHogTransportOptions): TransportObject {
  return pipelineTransport(options, {
    path: 'batch/',
    event: (answer) => posthogEvent(answer, options.surveyId),
    body: (events, sentAt) => `{"api_key":${JSON.stringify(options.writeKey)},"historical_migration":false,"batch":[${events}],"sent_at":"${sentAt}"}`,
  });
}
