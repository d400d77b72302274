import { h, render } from 'preact';
import type { PromptActions, PromptCallbacks, PromptHandle, PromptModel } from './types';
import { Prompt } from './prompt';
import { createState } from './state';
import { adoptStyles } from './styles';
import { readFollowUp } from './follow-up';
import { createFocus } from './focus';
import { keepAboveBottomBar } from './bottom-bar';

export type { FollowUp, PromptCallbacks, PromptHandle, PromptModel } from './types';

/** The `<hearken-prompt>` element, with the accent. */
function createHost(doc: Document, model: PromptModel): HTMLElement {
  const host = doc.createElement('hearken-prompt');
  if (model.accent) host.style.setProperty('--hearken-accent', model.accent);
  // A floating prompt's host takes no part in the page's layout: no grid row or flex item for a `gap` to push
  // (its dialog is fixed). Inline, so that no page rule on the element wins over it.
  if (!model.inline) host.style.setProperty('display', 'contents', 'important');
  return host;
}

/**
 * Renders a prompt into a new `<hearken-prompt>` host appended to `mount` (the inline target, or
 * `document.body` for a floating prompt, which positions itself), inside an open shadow root with
 * its own stylesheet (styles.ts). Does not take focus when shown.
 */
export function renderPrompt(mount: HTMLElement, model: PromptModel, callbacks: PromptCallbacks, doc?: Document): PromptHandle {
  doc = doc || mount.ownerDocument;
  const host = createHost(doc, model);
  let stopKeepingAbove = () => {};
  const root = host.shadowRoot || host.attachShadow({ mode: 'open' });
  const state = createState();
  const texts = model.texts;
  const { later, keep, release } = createFocus(root);
  let area: HTMLTextAreaElement | null = null;
  let field: HTMLInputElement | null = null;
  let sending = false;
  const hide = () => {
    release();
    state.step.value = 'closed';
  };
  const thank = () => {
    if (state.step.peek() != 'comment') return;
    keep();
    state.step.value = 'thanks';
    state.live.value = texts.thanks + ' ' + texts.thanksDetail;
    // A visitor may be about to open the review link: the thank-you then stays until it is closed.
    if (!model.review) later(() => actions.close('auto'), model.autoCloseMs == null ? 4000 : model.autoCloseMs);
  };
  const actions: PromptActions & { close(step: 'question' | 'comment' | 'thanks' | 'auto'): void } = {
    pick(score) {
      if (state.step.peek() != 'question') return;
      keep();
      state.score.value = score;
      state.step.value = 'comment';
      callbacks.onScore(score);
    },
    send(withComment) {
      if (state.step.peek() != 'comment' || sending) return;
      // Skip leaves out the whole follow-up: reasons and contact go only with Send.
      const more: ReturnType<typeof readFollowUp> = withComment ? readFollowUp(model, state, field ? field.value : undefined) : {};
      if ('error' in more) {
        // Visible under the field, announced, and the field focused: never a silent drop.
        state.live.value = state.error.value = texts[more.error];
        return field && field.focus();
      }
      sending = true;
      const comment = (withComment && area && area.value.trim()) || undefined;
      // The thank-you shows once the widget has the answer in its outbox (onComment's promise).
      Promise.resolve(more.reasons || more.contact ? callbacks.onComment(comment, more) : callbacks.onComment(comment)).then(thank, thank);
    },
    close(step) {
      if (state.step.peek() == 'closed') return;
      hide();
      callbacks.onClose(step);
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
      later(() => actions.close('thanks'), 0);
    },
  };
  render(h(Prompt, { model, state, actions }), root);
  adoptStyles(root, doc);
  mount.appendChild(host);
  if (!model.inline && doc.defaultView) stopKeepingAbove = keepAboveBottomBar(doc.defaultView, host, model.offset); // once in the page
  // Filled a moment after the region exists, so screen readers announce it.
  later(() => (state.live.value = model.question), 100);
  return {
    thank,
    close: () => state.step.peek() != 'closed' && hide(),
    destroy() {
      hide();
      stopKeepingAbove();
      render(null, root);
      host.remove();
    },
  };
}
