import type { FollowUp, LaterLoader, LaterPart, LaterSteps, PromptActions, PromptCallbacks, PromptModel } from './types';
import type { PromptState } from './state';
import type { PromptFocus } from './focus';

/** Where a prompt can be closed from: its steps, or `auto` when the thank-you timed out. */
export type CloseStep = 'question' | 'comment' | 'thanks' | 'auto';

/** What `createFlow` needs: one prompt's state, focus and callbacks, and where its later steps come from. */
export interface FlowDeps {
  model: PromptModel;
  state: PromptState;
  callbacks: PromptCallbacks;
  focus: PromptFocus;
  root: ShadowRoot;
  later: LaterLoader;
  /** Draws the prompt with the steps and model it has now (again once the later steps arrive). */
  draw(model: PromptModel, steps: LaterSteps | undefined): void;
}

/** One prompt's way from the question to the thank-you. */
export interface Flow {
  actions: PromptActions & { close(step: CloseStep): void };
  /** Fetches the later steps now, unless they are here or on their way; draws the prompt with them when they arrive. */
  fetchLater(): void;
  /** Moves a prompt whose answer was committed without a comment to the thank-you. */
  thank(): void;
  /** Hides the prompt without calling back. */
  hide(): void;
  /** The steps and model the prompt is drawn with now. */
  current(): { model: PromptModel; steps: LaterSteps | undefined };
}

/**
 * The later steps of one prompt as they come: here at once, on their way, or failed (tried again at the next
 * fetch: a load cut short by leaving the page may work once the page is back); `settled` runs after each fetch.
 */
function laterOf(deps: FlowDeps, settled: () => void) {
  const got = { model: deps.model, steps: undefined as LaterSteps | undefined, failed: false };
  let arriving: Promise<void> | undefined;
  const take = (part: LaterPart) => {
    got.steps = part.steps;
    got.model = { ...got.model, ...part.model };
  };
  const ready = deps.later.ready();
  if (ready) take(ready);
  const fetch = () =>
    void (arriving =
      arriving ||
      deps.later.load().then(
        (part) => (got.steps || (take(part), deps.draw(got.model, got.steps)), settled()),
        () => ((arriving = undefined), (got.failed = true), settled()),
      ));
  return { got, fetch };
}

/**
 * The actions of one prompt. A score picked before the later steps arrived is kept (the widget commits it if the
 * page is left meanwhile) and the comment step follows when they do; if they cannot be had, the score alone is
 * committed and the visitor thanked.
 */
export function createFlow(deps: FlowDeps): Flow {
  const { state, callbacks, focus, root } = deps;
  const texts = deps.model.texts;
  // a score was picked and the comment step waits for the later steps
  let waiting = false;
  let sending = false;
  let area: HTMLTextAreaElement | null = null;
  let field: HTMLInputElement | null = null;
  const hide = () => {
    waiting = false;
    focus.release();
    state.step.value = 'closed';
  };
  const thank = () => {
    if (state.step.peek() != 'comment' && !waiting) return;
    waiting = false;
    focus.keep();
    state.step.value = 'thanks';
    // the thank-you's second line comes with the later steps' texts: without them (they could not be had), the first alone
    state.live.value = `${texts.thanks} ${texts.thanksDetail || ''}`;
    // A visitor may be about to open the review link: the thank-you then stays until it is closed.
    if (!got.model.review) focus.later(() => actions.close('auto'), got.model.autoCloseMs == null ? 4000 : got.model.autoCloseMs);
  };
  const commit = (comment?: string, more?: FollowUp) => {
    sending = true;
    // The thank-you shows once the widget has the answer in its outbox (onComment's promise).
    Promise.resolve(more ? callbacks.onComment(comment, more) : callbacks.onComment(comment)).then(thank, thank);
  };
  // The comment step once the later steps are here; the score alone, committed and thanked, if they cannot come.
  const next = () => {
    if (waiting && got.steps) (waiting = false), (state.step.value = 'comment');
    else if (waiting && got.failed) commit();
  };
  const { got, fetch } = laterOf(deps, next);

  const actions: Flow['actions'] = {
    pick(score) {
      if (state.step.peek() != 'question' || waiting) return;
      focus.keep();
      state.score.value = score;
      waiting = true;
      callbacks.onScore(score);
      // a fetch that failed before the score is tried once more
      got.steps ? next() : ((got.failed = false), fetch());
    },
    send(withComment) {
      if (state.step.peek() != 'comment' || sending) return;
      // Skip leaves out the whole follow-up: reasons and contact go only with Send.
      const more = withComment ? got.steps!.readFollowUp(got.model, state, field ? field.value : undefined) : {};
      if ('error' in more) {
        // Visible under the field, announced, and the field focused: never a silent drop.
        state.live.value = state.error.value = texts[more.error];
        return field && field.focus();
      }
      commit((withComment && area && area.value.trim()) || undefined, more.reasons || more.contact ? more : undefined);
    },
    close(step) {
      if (state.step.peek() == 'closed') return;
      // closed while the comment step was on its way: the score was picked, as at the comment step
      const at = step == 'question' && state.score.peek() !== undefined ? 'comment' : step;
      hide();
      callbacks.onClose(at);
    },
    area(el) {
      // With reasons above it, the step starts at the first reason.
      if ((area = el)) ((root.querySelector('.hk-reasons input') as HTMLElement | null) || el).focus();
    },
    field(el) {
      field = el;
    },
    review() {
      if (callbacks.onReview) callbacks.onReview();
      // After the click has opened the link: the visitor went on to the review.
      focus.later(() => actions.close('thanks'), 0);
    },
  };
  return { actions, fetchLater: fetch, thank, hide, current: () => got };
}
