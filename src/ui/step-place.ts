import type { LaterSteps, PromptActions, PromptModel } from './types';
import type { PromptState } from './state';
import { heading } from './elements';

/**
 * The dialog's step place after the question. The question is drawn there first, in plain DOM; at the first step
 * after it, it is taken away and `stopQuestion` stops it following the state. Then the place holds the later steps,
 * drawn by the follow-up file (with preact), or, when they could not be had, a plain thank-you; nothing once closed.
 * Returns what draws the step the prompt is at now, with the model and later steps it has now.
 */
export function stepPlace(body: HTMLElement, state: PromptState, actions: PromptActions, stopQuestion: () => void) {
  let drawnBy: 'question' | LaterSteps | 'plain' = 'question';
  const props = (model: PromptModel) => ({ model, state, actions });
  /** Empties the place for `by`, unless it holds what `by` draws already. */
  const empty = (by: typeof drawnBy, model: PromptModel) => {
    if (drawnBy == by) return;
    if (drawnBy == 'question') stopQuestion();
    if (typeof drawnBy == 'object') drawnBy.draw(body, 'closed', props(model));
    body.textContent = '';
    drawnBy = by;
  };
  return (model: PromptModel, steps: LaterSteps | undefined): void => {
    const step = state.step.peek();
    if (step == 'question') return;
    if (step != 'closed' && steps) {
      empty(steps, model);
      steps.draw(body, step, props(model));
    } else if (step == 'closed' || drawnBy != 'plain') {
      empty('plain', model);
      // the score is kept but the later steps could not be had: a plain thank-you
      if (step != 'closed') body.appendChild(heading(body.ownerDocument, model.texts.thanks));
    }
  };
}
