// @vitest-environment jsdom
/** The comment step (src/ui/comment-step.tsx) drawn alone: its label, reasons, comment box, contact request and buttons. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { CommentStep } from '../../src/ui/comment-step';
import { createState } from '../../src/ui/state';
import { signalState } from '../../src/ui/signal-state';
import { model, texts } from '../dom';

afterEach(() => {
  document.body.innerHTML = '';
});

function draw(over = {}, score = 2) {
  // as the later steps draw it: signals mirroring the prompt's cells
  const state = signalState(createState());
  state.score.value = score;
  const actions = { pick: vi.fn(), send: vi.fn(), close: vi.fn(), area: vi.fn(), field: vi.fn(), review: vi.fn() };
  const root = document.body.appendChild(document.createElement('div'));
  render(<CommentStep model={model(over)} state={state} actions={actions} />, root);
  return { root, actions };
}

describe('CommentStep', () => {
  it('labels the comment box with the follow-up question for the score and offers Skip and Send', () => {
    const { root, actions } = draw();
    const area = root.querySelector('textarea')!;
    expect(root.querySelector(`label[for="${area.id}"]`)!.textContent).toBe(texts.followUpNegative);
    expect(actions.area).toHaveBeenCalledWith(area);
    const [skip, send] = [...root.querySelectorAll('button')];
    skip!.click();
    send!.click();
    expect(actions.send.mock.calls).toEqual([[false], [true]]);
  });

  it('shows reasons and the contact request only when the owner asks for them for this score', () => {
    expect(draw().root.querySelector('fieldset')).toBeNull();
    document.body.innerHTML = '';
    const { root } = draw({ reasons: () => [{ key: 'price', label: 'Price' }], contact: () => ['email'], contactPurpose: 'To help' });
    expect(root.querySelector('.hk-reasons')!.textContent).toContain('Price');
    expect(root.textContent).toContain('To help');
  });
});
