/** The steps after the question (src/ui/later-steps.ts), as the follow-up file and the full renderPrompt hand them over. */
import { describe, expect, it } from 'vitest';
import { builtInSteps, laterSteps } from '../../src/ui/later-steps';
import { laterCss } from '../../src/ui/later-styles';
import { CommentStep } from '../../src/ui/comment-step';
import { Thanks } from '../../src/ui/thanks';

describe('laterSteps', () => {
  it('are the comment step, the thank-you, the follow-up reader and their stylesheet', () => {
    expect(laterSteps).toMatchObject({ Comment: CommentStep, Thanks, css: laterCss });
  });

  it('built in, are here at once and add nothing to the model', async () => {
    expect(builtInSteps.ready()).toEqual({ steps: laterSteps, model: {} });
    expect(await builtInSteps.load()).toEqual({ steps: laterSteps, model: {} });
  });
});
