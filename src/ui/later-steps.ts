import type { LaterLoader, LaterSteps } from './types';
import { CommentStep } from './comment-step';
import { Thanks } from './thanks';
import { readFollowUp } from './follow-up';
import { laterCss } from './later-styles';

/** The steps after the question, with their stylesheet: what the follow-up file brings to the question's UI. */
export const laterSteps: LaterSteps = { Comment: CommentStep, Thanks, readFollowUp, css: laterCss };

/** The later steps when they are built in (the full `renderPrompt`): here at once, adding nothing to the model. */
export const builtInSteps: LaterLoader = {
  ready: () => ({ steps: laterSteps, model: {} }),
  load: () => Promise.resolve({ steps: laterSteps, model: {} }),
};
