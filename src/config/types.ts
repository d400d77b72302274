import type { SurveyKind } from '../surveys/index';
import type { Texts } from '../i18n/index';
import type { Transport, TransportName } from '../transports/index';
import type { RuleOptions } from '../rules/index';
import type { LoopOptions } from './loop-options';

/** The options of a widget, and how a prompt looks (also read by the UI). */

/** Where a floating prompt sits. `center` is a modal-less dialog in the middle of the viewport. */
export type Position = 'bottom-right' | 'bottom-left' | 'bottom' | 'center';

/** Colour scheme; `auto` follows `prefers-color-scheme`. */
export type Theme = 'light' | 'dark' | 'auto';

/** How a CSAT scale is drawn. */
export type CsatStyle = 'numbers' | 'stars' | 'faces';

/**
 * Options of `createHearken(options)` and of `show(survey, overrides)`. Every option has a data-attribute
 * twin on the `<script>` tag, inline mounts and `<hearken-survey>`: `userId` ↔ `data-user-id`.
 * The rules of when to ask (`delay`, `pages`, `sample`, `resurveyDays`, `consent`…) are `RuleOptions`.
 */
export interface HearkenOptions extends RuleOptions, LoopOptions {
  /** URL answers are POSTed to (http or https; a path is resolved against the page). */
  endpoint?: string;
  /** Which question to ask. Default `nps`. */
  survey?: SurveyKind;
  /** Replaces the survey's question text. `{brand}`, `{subject}`, `{task}` are filled in. */
  question?: string;
  /** Fills `{brand}` ("How likely are you to recommend {brand}…"); with one, CES asks "{brand} made it easy for me to {task}." */
  brand?: string;
  /** Fills `{subject}` in the CSAT question. */
  subject?: string;
  /** Fills `{task}` in the CES statement. */
  task?: string;
  /** Language of the built-in texts; default `<html lang>`, then the browser's, then `en`. */
  locale?: string;
  /** Stage of the customer journey recorded with the answer: `checkout`, `delivery`, `support`… */
  touchpoint?: string;
  /** Where a floating prompt sits. Default `bottom-right`. */
  position?: Position;
  /**
   * Pixels a floating prompt keeps clear at the bottom edge, for a fixed bar hearken cannot see. Default: the
   * height of the fixed or sticky bars it finds at the bottom edge when the prompt shows and on resize.
   */
  offset?: number;
  /** Default `auto` (follows the visitor's colour scheme). */
  theme?: Theme;
  /** Accent colour, any CSS colour. */
  accent?: string;
  /** Number of points: CSAT 3 or 5 (default 5), CES 5 or 7 (default 7); NPS is always 0–10. */
  scale?: number;
  /** How CSAT is drawn: `numbers` (default), `stars` or `faces`. */
  style?: CsatStyle;
  /** Your id for the visitor, recorded with answers. */
  userId?: string;
  /** Extra fields copied into each answer's `meta` (`data-meta-plan="pro"` → `meta.plan`). */
  meta?: Record<string, string>;
  /** Overrides of any built-in text, e.g. `{ thanks: 'Merci !' }`. */
  texts?: Partial<Texts>;
  /** `fetch` (default), `beacon`, `dataLayer`, `segment`, `posthog`, or your own transport. */
  transport?: TransportName | Transport;
  /** The `segment` transport's write key, or the `posthog` transport's project API key (`phc_…`). */
  writeKey?: string;
  /** The `posthog` transport's survey id: with it, answers show in PostHog's surveys UI. */
  surveyId?: string;
  /** The `segment` transport's event name. Default `Survey Answered`. */
  eventName?: string;
  /** Extra request headers for the fetch transport. */
  headers?: Record<string, string>;
  /** Send cookies with the fetch transport. Default false. */
  credentials?: boolean;
  /** Render inside this element (in the page flow) instead of floating. */
  target?: HTMLElement;
  /** Most answers kept waiting in the outbox. Default 500. */
  maxEntries?: number;
  /** Days an undelivered answer is kept before it is dropped. Default 30. */
  ttlDays?: number;
  /** Milliseconds before a request counts as failed. Default 10000. */
  timeoutMs?: number;
  /** Milliseconds the thank-you stays before the prompt closes itself. Default 4000. */
  autoCloseMs?: number;
}

/**
 * An option whose value was refused, as the checks report it: put in words by config/messages.ts `describeBad`
 * (`[hearken] data-position must be one of …, got "botom"; did you mean "bottom"?`), at once or, in the script tag's
 * full script, once those words have loaded.
 */
export interface BadOption {
  /** The option as the page wrote it (`data-position`, `position`, `identify(traits)`). */
  name: string;
  key: keyof HearkenOptions;
  value: unknown;
  /** The values of an enumerated option; for a `scale` its survey does not take, the numbers of points it does. */
  choices?: readonly (string | number)[];
  /** A `scale` refused for this survey (`must be 3 or 5 for csat`). */
  survey?: SurveyKind;
  /** A required option not given: `''`, or the transport that needs it (`writeKey` with `segment`). */
  need?: string;
}

/** What a check reports: a message in words, or a bad option to put in words. */
export type Said = string | BadOption;

/** Where the checks report what is wrong. */
export type Report = (said: Said) => void;
