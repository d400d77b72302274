/**
 * Types shared by every layer of hearken. This file holds no code: it is the contract between
 * config → rules → ui → outbox → transport.
 */

/** The three standard customer-experience questions. */
export type SurveyKind = 'nps' | 'csat' | 'ces';

/** Where a floating prompt sits. `center` is a modal-less dialog in the middle of the viewport. */
export type Position = 'bottom-right' | 'bottom-left' | 'bottom' | 'center';

/** Colour scheme; `auto` follows `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/** How a CSAT scale is drawn. */
export type CsatStyle = 'numbers' | 'stars' | 'faces';

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

/** What a transport says about one batch. */
export type TransportResult =
  /** The endpoint accepted every answer of the batch: they leave the outbox. */
  | { status: 'accepted' }
  /** Try again later; `after` is a delay in milliseconds asked for by the server (Retry-After). */
  | { status: 'retry'; after?: number; reason?: string }
  /** The batch is too large (HTTP 413): it is split and the halves are retried. */
  | { status: 'too-large' }
  /** The endpoint refused the batch (a 4xx other than 408/413/425/429): kept and retried slowly until its time to live. */
  | { status: 'reject'; reason: string };

/** What a transport is told along with a batch. */
export interface TransportContext {
  /** Aborted when the attempt timed out or the widget was destroyed. */
  signal: AbortSignal;
  /** True when the page is being hidden or unloaded: use a path that survives it (beacon, keepalive). */
  unload: boolean;
}

/** A transport as an object. */
export interface TransportObject {
  send(batch: Answer[], context: TransportContext): Promise<TransportResult>;
  /** Largest batch this transport takes at once; default 20. */
  maxBatch?: number;
}

/** A transport as a bare function. */
export type TransportFunction = (batch: Answer[], context: TransportContext) => Promise<TransportResult>;

/**
 * Delivers batches of answers. Throwing, rejecting or never settling counts as a retry after the
 * timeout.
 */
export type Transport = TransportObject | TransportFunction;

/** Names of the built-in transports. */
export type TransportName = 'fetch' | 'beacon' | 'dataLayer' | 'segment' | 'posthog';

/** Every UI string, before placeholders are filled. Placeholders: `{brand}`, `{subject}`, `{task}`. */
export interface Texts {
  npsQuestion: string;
  csatQuestion: string;
  /** The CES statement without a brand of the host's ("It was easy to {task}."). */
  cesQuestion: string;
  /** The CES 2.0 statement, asked when a `brand` is set: "{brand} made it easy for me to {task}." */
  cesBrandQuestion: string;
  npsLow: string;
  npsHigh: string;
  csatLow: string;
  csatHigh: string;
  cesLow: string;
  cesHigh: string;
  /** Follow-up prompt for negative segments (detractor, unsatisfied, difficult). */
  followUpNegative: string;
  /** Follow-up prompt for middle segments. */
  followUpNeutral: string;
  /** Follow-up prompt for positive segments (promoter, satisfied, easy). */
  followUpPositive: string;
  commentPlaceholder: string;
  submit: string;
  skip: string;
  close: string;
  thanks: string;
  thanksDetail: string;
  /** Accessible label of the dialog, e.g. "Feedback". */
  dialogLabel: string;
  /** Accessible name of one scale option: `{score}` of `{max}`. */
  scoreLabel: string;
  /** Default values for the placeholders. */
  brand: string;
  subject: string;
  task: string;
  /** Accessible label of the group of reason chips on the follow-up step: "What was it about?" */
  reasonsLabel: string;
  /** Instructions under the reasons' label: "Choose all that apply." */
  reasonsHint: string;
  /** The contact request's question: "May we contact you about this?" */
  contactQuestion: string;
  /** The contact request's purpose, in one line, when the owner sets none (`data-contact-purpose`). */
  contactPurpose: string;
  /** Label of the unchecked consent control: "Yes, you may contact me about this". */
  contactConsent: string;
  /** Label of the email field of the contact request. */
  contactEmail: string;
  /** Label of the phone field of the contact request. */
  contactPhone: string;
  /** Shown instead of a field when the visitor is identified: the account's details will be used. */
  contactKnown: string;
  /** Inline error for an email address that is not one, with an example. */
  invalidEmail: string;
  /** Inline error for a phone number that is not one, with an example in international form. */
  invalidPhone: string;
  /** Default label of the review link on the thank-you step (`data-review-label`). */
  reviewLabel: string;
  /** Said by screen readers after a link that opens a new tab: "opens in a new tab". */
  newTab: string;
}

/** Events a widget emits, with their payloads. */
export interface HearkenEvents {
  /** A prompt became visible. */
  show: { survey: SurveyKind; touchpoint?: string };
  /** An answer was committed to the outbox. */
  answer: Answer;
  /** A prompt was closed before a score was picked. */
  dismiss: { survey: SurveyKind; touchpoint?: string };
  /** The visitor clicked the review link of the thank-you step (`data-review-url`). */
  review: { survey: SurveyKind; touchpoint?: string; url: string };
  /** Answers the endpoint accepted. */
  sent: { answers: Answer[] };
  /** Answers given up on: past their time to live, evicted by the size cap, or too large to send. */
  drop: { answers: Answer[]; reason: 'ttl' | 'cap' | 'too-large' };
  /** Something went wrong that the host may want to know: bad config, a rejected batch, storage trouble. */
  error: { message: string; cause?: unknown };
}

/** Names of the events. */
export type HearkenEventName = keyof HearkenEvents;
