import type { Answer } from '../surveys/index';

/** The events the delivery layer reports, with their payloads (part of the widget's `HearkenEvents`). */
export interface DeliveryEvents {
  /** Answers the endpoint accepted. */
  sent: { answers: Answer[] };
  /** Answers given up on: past their time to live, evicted by the size cap, or too large to send. */
  drop: { answers: Answer[]; reason: 'ttl' | 'cap' | 'too-large' };
  /** Something went wrong that the host may want to know: bad config, a rejected batch, storage trouble. */
  error: { message: string; cause?: unknown };
}
