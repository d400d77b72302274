import { h, render } from 'preact';
import type { LaterLoader, LaterSteps } from './types';
import { CommentStep } from './comment-step';
import { Thanks } from './thanks';
import { readFollowUp } from './follow-up';
import { laterCss } from './later-styles';
import { signalState } from './signal-state';

/** The steps after the question, with their stylesheet: what the follow-up file brings to the question's UI. */
export const laterSteps: LaterSteps = {
  // the comment step's components read the state's signals (signal-state.ts), by which preact re-renders them
  draw: (into, step, props) =>
    render(step == 'comment' ? h(CommentStep, { ...props, state: signalState(props.state) }) : step == 'thanks' ? h(Thanks, { model: props.model, review: props.actions.review }) : null, into),
  readFollowUp,
  css: laterCss,
};

/** The later steps when they are built in (the full `renderPrompt`): here at once, adding nothing to the model. */
export const builtInSteps: LaterLoader = {
  ready: () => ({ steps: laterSteps, model: {} }),
  load: () => Promise.resolve({ steps: laterSteps, model: {} }),
};
