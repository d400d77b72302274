import { h, render } from 'preact';
import type { ContactChannel, Scale, SurveyKind } from '../surveys/index';
import type { CsatStyle, Position, Theme } from '../config/index';
import type { Texts } from '../i18n/index';
import type { Reason } from '../config/index';
import type { PromptActions } from './prompt';
import { Prompt } from './prompt';
import { createState } from './state';
import { adoptStyles } from './styles';
import type { FollowUp } from './follow-up';
import { readFollowUp } from './follow-up';

export type { FollowUp } from './follow-up';

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

/**
 * Renders a prompt into a new `<hearken-prompt>` host appended to `mount` (the inline target, or
 * `document.body` for a floating prompt, which positions itself), inside an open shadow root with
 * its own stylesheet (styles.ts). Does not take focus when shown.
 */
export function renderPrompt(mount: HTMLElement, model: PromptModel, callbacks: PromptCallbacks, doc?: Document): PromptHandle {
  doc = doc || mount.ownerDocument;
  const host = doc.createElement('hearken-prompt');
  if (model.accent) host.style.setProperty('--hearken-accent', model.accent);
  const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
  const s = createState();
  const t = model.texts;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let area: HTMLTextAreaElement | null = null;
  let field: HTMLInputElement | null = null;
  let sending = false;
  // What had focus before the visitor entered the prompt, to give focus back on close.
  let before: HTMLElement | null = null;
  root.addEventListener('focusin', (e) => {
    const from = (e as FocusEvent).relatedTarget as HTMLElement | null;
    if (!from || !root.contains(from)) before = from;
  });
  const later = (fn: () => void, ms: number) => {
    clearTimeout(timer);
    // Past 2^31-1 ms browsers fire at once: a "never" of years would close the thank-you right away.
    timer = setTimeout(fn, Math.min(ms, 2147483647));
  };
  // Parks focus on the close button (it stays across steps) while the focused control goes away,
  // so focus is never dropped to the body mid-prompt.
  const keep = () => root.activeElement && (root.querySelector('.x') as HTMLElement).focus();
  const hide = () => {
    clearTimeout(timer);
    const focused = root.activeElement as HTMLElement | null;
    if (focused) before && before.isConnected ? before.focus({ preventScroll: true }) : focused.blur();
    s.step.value = 'closed';
  };
  const thank = () => {
    if (s.step.peek() != 'comment') return;
    keep();
    s.step.value = 'thanks';
    s.live.value = t.thanks + ' ' + t.thanksDetail;
    // A visitor may be about to open the review link: the thank-you then stays until it is closed.
    if (!model.review) later(() => act.close('auto'), model.autoCloseMs == null ? 4000 : model.autoCloseMs);
  };
  const act: PromptActions & { close(step: 'question' | 'comment' | 'thanks' | 'auto'): void } = {
    pick(score) {
      if (s.step.peek() != 'question') return;
      keep();
      s.score.value = score;
      s.step.value = 'comment';
      callbacks.onScore(score);
    },
    send(withComment) {
      if (s.step.peek() != 'comment' || sending) return;
      // Skip leaves out the whole follow-up: reasons and contact go only with Send.
      const more: ReturnType<typeof readFollowUp> = withComment ? readFollowUp(model, s, field ? field.value : undefined) : {};
      if ('error' in more) {
        // Visible under the field, announced, and the field focused: never a silent drop.
        s.live.value = s.error.value = t[more.error];
        return field && field.focus();
      }
      sending = true;
      const comment = (withComment && area && area.value.trim()) || undefined;
      // The thank-you shows once the widget has the answer in its outbox (onComment's promise).
      Promise.resolve(more.reasons || more.contact ? callbacks.onComment(comment, more) : callbacks.onComment(comment)).then(thank, thank);
    },
    close(step) {
      if (s.step.peek() == 'closed') return;
      hide();
      callbacks.onClose(step);
    },
    area(el) {
      // With reasons above it, the step starts at the first reason.
      if ((area = el)) ((root.querySelector('.g input') as HTMLElement | null) || el).focus();
    },
    field(el) {
      field = el;
    },
    review() {
      if (callbacks.onReview) callbacks.onReview();
      // After the click has opened the link: the visitor went on to the review.
      later(() => act.close('thanks'), 0);
    },
  };
  render(h(Prompt, { m: model, s, act }), root);
  adoptStyles(root, doc);
  mount.appendChild(host);
  // Filled a moment after the region exists, so screen readers announce it.
  later(() => (s.live.value = model.question), 100);
  return {
    thank,
    close: () => s.step.peek() != 'closed' && hide(),
    destroy() {
      hide();
      render(null, root);
      host.remove();
    },
  };
}
