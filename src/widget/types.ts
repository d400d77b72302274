import type { Answer, SurveyKind } from '../surveys/index';
import type { DeliveryEvents } from '../outbox/index';

/** Events a widget emits, with their payloads. */
export interface HearkenEvents extends DeliveryEvents {
  /** A prompt became visible. */
  show: { survey: SurveyKind; touchpoint?: string };
  /** An answer was committed to the outbox. */
  answer: Answer;
  /** A prompt was closed before a score was picked. */
  dismiss: { survey: SurveyKind; touchpoint?: string };
  /** The visitor clicked the review link of the thank-you step (`data-review-url`). */
  review: { survey: SurveyKind; touchpoint?: string; url: string };
}

/** Names of the events. */
export type HearkenEventName = keyof HearkenEvents;
