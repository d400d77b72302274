import type { Contact, ContactChannel, Scale, SurveyKind } from '../surveys/index';
import type { CsatStyle, Position, Reason, Theme } from '../config/index';
import type { Texts } from '../i18n/index';
import type { PromptState, Step } from './state';

/** What the follow-up step adds to the comment, when the visitor sends it. */
export interface FollowUp {
  /** Keys of the reasons picked. */
  reasons?: string[];
  /** Present only when the visitor ticked the consent. */
  contact?: Contact;
}

/** Everything a prompt shows, fully resolved: the UI does no lookups of its own. */
export interface PromptModel {
  survey: SurveyKind;
  scale: Scale;
  /** How the scale is drawn: stars and faces only for CSAT, numbers otherwise. */
  style: CsatStyle;
  question: string;
  lowLabel: string;
  highLabel: string;
  /** Prompt of the comment step for a score (by segment). */
  followUp: (score: number) => string;
  /** All strings, filled except `{score}`/`{max}` in `scoreLabel`. */
  texts: Texts;
  locale: string;
  dir: 'ltr' | 'rtl';
  position: Position;
  /** Pixels a floating prompt keeps clear at the bottom edge; measured (fixed and sticky bars) when absent. */
  offset?: number;
  theme: Theme;
  /** A CSS colour, already validated. */
  accent?: string;
  /** Drawn in the page flow inside `mount`, not floating. */
  inline: boolean;
  /** The thank-you closes itself after this many milliseconds; default 4000. Never with a review link. */
  autoCloseMs?: number;
  /** Reason chips shown above the comment after a score; none without. */
  reasons?: (score: number) => Reason[];
  /** Channels a visitor giving this score is asked to be contacted through; none without. */
  contact?: (score: number) => ContactChannel[];
  /** The contact request's purpose line. */
  contactPurpose?: string;
  /** Whether the visitor is known (`identify()`, `data-user-id`): then the contact request has no field. */
  identified?: () => boolean;
  /** The review link of the thank-you step. */
  review?: { url: string; label: string };
  /**
   * Where the steps after the question come from when they are not built in (a question-first kit): the follow-up
   * file, loaded once the question is on screen, with what it adds to this model (reasons, contact, review link).
   */
  later?: LaterLoader;
}

/** The steps after the question: in the follow-up file of a question-first kit, built in otherwise. */
export interface LaterSteps {
  /**
   * Draws a step after the question into `into` (with preact, which the follow-up file brings): the comment step
   * (the follow-up question, reasons, comment box, contact request, Skip and Send) or the thank-you (with the review
   * link); `closed` takes what it drew away.
   */
  draw(into: Element, step: Exclude<Step, 'question'>, props: PromptProps): void;
  /** Reads the reasons and the consented contact of the follow-up being sent. */
  readFollowUp(model: PromptModel, state: PromptState, typed?: string): FollowUp | { error: 'invalidEmail' | 'invalidPhone' };
  /** Their stylesheet, added after the question's. */
  css: string;
}

/** The later steps of one prompt, with what they add to its model. */
export interface LaterPart {
  steps: LaterSteps;
  model: Partial<PromptModel>;
}

/** The later steps of one prompt: at once when they are here, or loaded (rejects when they cannot be had). */
export interface LaterLoader {
  ready(): LaterPart | undefined;
  load(): Promise<LaterPart>;
}

/** What the visitor did. */
export interface PromptCallbacks {
  /** A score was picked; the comment step follows. */
  onScore(score: number): void;
  /**
   * The comment was sent (trimmed; empty becomes `undefined`) or skipped (`undefined`). The thank-you
   * shows when the returned promise settles (the answer is stored), at once without one. `more` holds the
   * reasons picked and the consented contact, when the comment was sent with any.
   */
  onComment(comment: string | undefined, more?: FollowUp): void | Promise<void>;
  /** The visitor opened the review link of the thank-you step. */
  onReview?(): void;
  /** Closed by the close button or Escape at that step, or `auto` when the thank-you timed out. */
  onClose(step: 'question' | 'comment' | 'thanks' | 'auto'): void;
}

/** Controls one rendered prompt. */
export interface PromptHandle {
  /** Hides the prompt without calling back (focus goes back to the page if it was inside). */
  close(): void;
  /** Closes, unmounts and removes the host element. */
  destroy(): void;
  /** Moves a prompt waiting for its comment to the thank-you (its answer was committed without one). */
  thank(): void;
}

/** The actions a prompt's controls trigger; render.ts implements them. */
export interface PromptActions {
  pick(score: number): void;
  /** Submits the comment (`true`) or skips it. */
  send(withComment: boolean): void;
  close(step: 'question' | 'comment' | 'thanks'): void;
  /** Ref of the comment box: keeps it and focuses it (or the first reason, when there are reasons). */
  area(el: HTMLTextAreaElement | null): void;
  /** Ref of the contact field: keeps it. */
  field(el: HTMLInputElement | null): void;
  /** The visitor opened the review link. */
  review(): void;
}

/** What the prompt view needs. */
export interface PromptProps {
  model: PromptModel;
  state: PromptState;
  actions: PromptActions;
}
