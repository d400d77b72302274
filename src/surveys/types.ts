/** The answer record and the surveys' vocabulary: a public contract (README's record table). */

/** The three standard customer-experience questions. */
export type SurveyKind = 'nps' | 'csat' | 'ces';

/** The inclusive range of a scale, e.g. `{ min: 0, max: 10 }` for NPS. */
export interface Scale {
  min: number;
  max: number;
}

/** NPS segments. */
export type NpsSegment = 'detractor' | 'passive' | 'promoter';
/** CSAT segments (top-2-box on 5 points). */
export type CsatSegment = 'unsatisfied' | 'neutral' | 'satisfied';
/** CES segments. */
export type CesSegment = 'difficult' | 'neutral' | 'easy';
/** Any segment an answer can fall into. */
export type Segment = NpsSegment | CsatSegment | CesSegment;
/** Segments grouped as negative / middle / positive, used to pick follow-up prompts. */
export type Polarity = 'negative' | 'neutral' | 'positive';

/**
 * One answer: the record hearken stores in its outbox and POSTs to the endpoint.
 * Field names are a public contract.
 */
export interface Answer {
  /** Unique per answer (crypto.randomUUID); the collector dedups by it. */
  id: string;
  survey: SurveyKind;
  score: number;
  scale: Scale;
  segment: Segment;
  /** The follow-up comment, when one was submitted. */
  comment?: string;
  /** The question text exactly as shown. */
  question: string;
  /** The locale the prompt was shown in, e.g. `de`. */
  locale: string;
  /** The stage of the customer journey, e.g. `checkout`. */
  touchpoint?: string;
  /** origin + path of the page, without query string or hash. */
  page: string;
  /** Anonymous, stable per browser. */
  visitorId: string;
  userId?: string;
  meta?: Record<string, string>;
  /** The keys of the reasons the visitor picked (`data-reasons`), when any. */
  reasons?: string[];
  /** How the visitor agreed to be contacted about this answer; present only with their consent. */
  contact?: Contact;
  /** ISO-8601 time the answer was committed. */
  answeredAt: string;
  /** `hearken/<version>`. */
  widget: string;
}

/** How a visitor can be contacted about an answer (`data-contact`). */
export type ContactChannel = 'email' | 'phone';

/**
 * A visitor's consent to be contacted about their answer. `value` is the address or number they typed
 * (a phone number as `+` and digits); without one (an identified visitor) the owner uses the account's.
 */
export interface Contact {
  consent: true;
  channel: ContactChannel;
  value?: string;
}
