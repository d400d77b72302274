import type { ContactChannel, Segment } from '../surveys/index';

/** One reason as a JS option: `'Delivery was late'`, `'late=Delivery was late'`, or `{ key, label }`. */
export type ReasonOption = string | { key: string; label: string };

/**
 * A list of reasons: the attribute's `;`-separated text (`late=Delivery was late; Price`), or an array.
 * Without `key=`, the key is derived from the label (lower-case, hyphenated).
 */
export type ReasonsOption = string | ReasonOption[];

/** Segments an option applies to: segment names, or `all` (attributes: separated by spaces or commas). */
export type SegmentsOption = 'all' | Segment | Segment[] | string;

/**
 * Options that close the loop (issue 13): reasons, a contact request, a review link, comment scrubbing.
 * The core only carries them; the prompt kit checks them when it draws a prompt (a bad one is reported
 * then, naming the attribute or option and the value, and the rest applies).
 */
export interface LoopOptions {
  /** Reasons shown as chips above the comment (`data-reasons="late=Delivery was late; Price"`); at most 12. */
  reasons?: ReasonsOption;
  /** Segments that see the reasons; default every segment but the top one (promoter, satisfied, easy). */
  reasonsFor?: SegmentsOption;
  /** Reasons for NPS detractors, instead of `reasons`. */
  reasonsDetractor?: ReasonsOption;
  /** Reasons for NPS passives, instead of `reasons`. */
  reasonsPassive?: ReasonsOption;
  /** Reasons for NPS promoters, instead of `reasons` (shown to them even though they are the top segment). */
  reasonsPromoter?: ReasonsOption;
  /** Reasons for unsatisfied CSAT answers, instead of `reasons`. */
  reasonsUnsatisfied?: ReasonsOption;
  /** Reasons for neutral CSAT and CES answers, instead of `reasons`. */
  reasonsNeutral?: ReasonsOption;
  /** Reasons for satisfied CSAT answers, instead of `reasons` (shown to them too). */
  reasonsSatisfied?: ReasonsOption;
  /** Reasons for difficult CES answers, instead of `reasons`. */
  reasonsDifficult?: ReasonsOption;
  /** Reasons for easy CES answers, instead of `reasons` (shown to them too). */
  reasonsEasy?: ReasonsOption;
  /** Ask unhappy visitors whether they may be contacted, through `email`, `phone`, or either (`email phone`). */
  contact?: ContactChannel | 'email phone' | 'phone email' | ContactChannel[];
  /** Segments asked for contact; default detractor, unsatisfied and difficult. */
  contactFor?: SegmentsOption;
  /** The one line saying what the contact details are for; default the locale's `contactPurpose`. */
  contactPurpose?: string;
  /** An `https:` page where the visitor can review you, linked on the thank-you step for every score. */
  reviewUrl?: string;
  /** The review link's text; default the locale's `reviewLabel` ("Share your experience"). */
  reviewLabel?: string;
  /** `off` (or `false`) keeps comments as typed; by default emails, phone numbers, cards and IBANs are replaced. */
  scrub?: 'on' | 'off' | boolean;
}

/** The names of the loop options, which the core carries to the kit unchecked. */
export const LOOP_OPTIONS = (
  'reasons reasonsFor reasonsDetractor reasonsPassive reasonsPromoter reasonsUnsatisfied reasonsNeutral reasonsSatisfied ' +
  'reasonsDifficult reasonsEasy contact contactFor contactPurpose reviewUrl reviewLabel scrub'
).split(' ') as (keyof LoopOptions)[];
