import type { Answer } from '../surveys/index';
import type { TransportObject } from './types';
import type { PipelineTransportOptions } from './pipeline';
import { pipelineTransport } from './pipeline';

/** Options of the Segment transport. */
export interface SegmentTransportOptions extends PipelineTransportOptions {
  /** Name of the `track` event. Default `Survey Answered`. */
  eventName?: string;
}

/**
 * An answer as a Segment `track` call: `messageId` is the answer's id (Segment dedups on it), `anonymousId`
 * the visitorId, `userId` the userId when known, `timestamp` the answeredAt, and `properties` the answer record.
 */
export function segmentEvent(answer: Answer, eventName = 'Survey Answered') {
  return {
    type: 'track',
    event: eventName,
    messageId: answer.id,
    anonymousId: answer.visitorId,
    userId: answer.userId,
    properties: answer,
    timestamp: answer.answeredAt,
  };
}

/**
 * POSTs batches to `<endpoint>/v1/batch` in the Segment spec (`{ batch: [track…], sentAt }`), which Segment,
 * RudderStack and Jitsu data planes accept, with Basic auth: the write key as user, an empty password. Segment
 * takes at most 32 KB per event and 500 KB per request; a batch over that is `too-large`.
 */
export function segmentTransport(options: SegmentTransportOptions): TransportObject {
  return pipelineTransport(options, {
    path: 'v1/batch',
    event: (answer) => segmentEvent(answer, options.eventName),
    body: (events, sentAt) => `{"batch":[${events}],"sentAt":"${sentAt}"}`,
    limits: [32e3, 5e5],
    headers: { Authorization: 'Basic ' + btoa(options.writeKey + ':') },
  });
}
