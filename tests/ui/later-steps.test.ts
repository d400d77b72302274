// @vitest-environment jsdom
/** The steps after the question (src/ui/later-steps.ts), as the follow-up file and the full renderPrompt hand them over. */
import { describe, expect, it } from 'vitest';
import { builtInSteps, laterSteps } from '../../src/ui/later-steps';
import { laterCss } from '../../src/ui/later-styles';
import { readFollowUp } from '../../src/ui/follow-up';
import { atFollowUp, shadow } from '../dom';

describe('laterSteps', () => {
  it('are the follow-up reader and the stylesheet of the steps they draw', () => {
    expect(laterSteps).toMatchObject({ readFollowUp, css: laterCss });
  });

  it('draw the comment step in the dialog the question was drawn in, and take it away when closed', async () => {
    const { handle } = await atFollowUp(3);
    const dialog = shadow().querySelector('[role=dialog]')!;
    expect(dialog.querySelector('textarea')).not.toBeNull();
    handle.close();
    expect(dialog.isConnected).toBe(false);
    expect(dialog.querySelector('textarea')).toBeNull();
  });

  it('built in, are here at once and add nothing to the model', async () => {
    expect(builtInSteps.ready()).toEqual({ steps: laterSteps, model: {} });
    expect(await builtInSteps.load()).toEqual({ steps: laterSteps, model: {} });
  });
});
