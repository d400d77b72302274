import type { Answer } from '../surveys/index';
import type { HearkenEvents } from './types';
import type { HearkenOptions } from '../config/index';
import type { ResolvedPrompt } from '../config/index';
import { buildAnswer, pageOf } from '../surveys/index';
import { segmentOf } from '../surveys/index';
import type { FollowUp, renderPrompt } from '../ui/index';

/** One prompt on the page, as its widget sees it. */
export interface OpenPrompt {
  /** Closes it: a picked score is committed, otherwise it counts as dismissed. */
  close(): void;
  /**
   * Removes it without counting as the visitor's dismissal (`hide()`, consent withdrawn, answered in another tab); a
   * picked score is still committed. Answered elsewhere, a prompt whose score is picked stays: the visitor is writing
   * its comment.
   */
  remove(answeredElsewhere?: boolean): void;
  /** Commits a picked score without the unsent comment draft (the page is being hidden or left), and thanks. */
  commitPending(): void;
}

/** What a prompt needs from its widget. */
export interface PromptDeps {
  /** The UI's `renderPrompt`, from the lazily loaded kit. */
  render: typeof renderPrompt;
  window: Window;
  prompt: ResolvedPrompt;
  options: HearkenOptions;
  /** Stores the answer durably; resolves once it is in the outbox. */
  store(answer: Answer): Promise<void>;
  /** Fields known only at commit time. */
  identity(): { visitorId: string; userId?: string; traits: Record<string, string> };
  emit<K extends 'answer' | 'dismiss' | 'review'>(name: K, payload: HearkenEvents[K]): void;
  /** Called when the visitor picks a score: an answer is coming. */
  onPick?(): void;
  /** Called once the prompt is gone: `answered` if an answer was committed, `dismissed` if the visitor closed it without one. */
  onEnd(answered: boolean, dismissed: boolean): void;
}

/**
 * Shows one prompt and turns what the visitor does into at most one answer. Once a score is picked
 * the answer is not lost: it is committed when the comment is sent or skipped, when the prompt is
 * closed, or when the page is hidden or left (without the unsent draft).
 */
export function openPrompt(deps: PromptDeps): OpenPrompt {
  const { prompt, options: o } = deps;
  const doc = deps.window.document;
  let picked: number | undefined;
  let committed: Promise<void> | undefined;
  let ended = false;

  const commit = (comment?: string, more: FollowUp = {}): Promise<void> => {
    if (picked === undefined) return Promise.resolve();
    if (committed) return committed;
    const who = deps.identity();
    const answer = buildAnswer({
      survey: prompt.survey,
      score: picked,
      scale: prompt.scale,
      segment: segmentOf(prompt.survey, picked, prompt.scale),
      comment: comment && prompt.scrub(comment), // scrubbed before it is stored: contact data goes in the contact field
      ...more,
      question: prompt.question,
      locale: prompt.locale,
      touchpoint: o.touchpoint,
      page: pageOf(deps.window.location),
      visitorId: who.visitorId,
      userId: who.userId,
      meta: { ...o.meta, ...who.traits },
    });
    return (committed = deps.store(answer).then(() => deps.emit('answer', answer)));
  };

  const end = (dismissed: boolean) => {
    if (ended) return;
    ended = true;
    if (dismissed) deps.emit('dismiss', { survey: prompt.survey, touchpoint: o.touchpoint });
    deps.onEnd(picked !== undefined, dismissed);
  };

  const handle = deps.render(
    o.target || doc.body,
    {
      ...prompt,
      style: (prompt.survey == 'csat' && o.style) || 'numbers',
      position: o.position || 'bottom-right',
      offset: o.offset,
      theme: o.theme || 'auto',
      accent: o.accent,
      inline: !!o.target,
      autoCloseMs: o.autoCloseMs,
      identified: () => !!deps.identity().userId,
    },
    {
      onScore: (score) => void ((picked = score), deps.onPick && deps.onPick()),
      onComment: commit,
      onReview: () => deps.emit('review', { survey: prompt.survey, touchpoint: o.touchpoint, url: prompt.review!.url }),
      onClose(step) {
        void commit();
        handle.destroy();
        end(step == 'question');
      },
    },
    doc,
  );

  const remove = (dismissed: boolean) => {
    void commit();
    handle.destroy();
    end(dismissed && picked === undefined);
  };
  return {
    close: () => remove(true),
    remove(answered) {
      if (!answered || picked === undefined) remove(false);
    },
    commitPending() {
      if (picked === undefined || committed) return;
      void commit();
      // A visitor coming back finds the thank-you, not a comment box whose text would go nowhere.
      handle.thank();
    },
  };
}
