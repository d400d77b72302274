import type { PromptCallbacks, PromptHandle, PromptModel } from './types';
import { drawPrompt } from './draw';
import { builtInSteps } from './later-steps';

export type { FollowUp, PromptCallbacks, PromptHandle, PromptModel } from './types';

/**
 * Renders a prompt into a new `<hearken-prompt>` host appended to `mount` (the inline target, or
 * `document.body` for a floating prompt, which positions itself), inside an open shadow root with
 * its own stylesheet (styles.ts). Does not take focus when shown. Every step is built in (the npm build's
 * kit); a model from a question-first kit brings its later steps (`model.later`) instead.
 */
export function renderPrompt(mount: HTMLElement, model: PromptModel, callbacks: PromptCallbacks, doc?: Document): PromptHandle {
  return drawPrompt(mount, model, callbacks, doc, model.later || builtInSteps);
}
