/** One prompt's way from the question to the thank-you (src/ui/flow.ts), without a page: state, callbacks and focus only. */
import { describe, expect, it, vi } from 'vitest';
import type { LaterPart } from '../../src/ui/types';
import { createFlow } from '../../src/ui/flow';
import { createState } from '../../src/ui/state';
import { laterSteps } from '../../src/ui/later-steps';
import { model, settle, spies, texts } from '../dom';

function flow(load: () => Promise<LaterPart>, here?: LaterPart, over: Parameters<typeof model>[0] = {}) {
  const state = createState();
  const callbacks = spies();
  const focus = { later: vi.fn(), keep: vi.fn(), release: vi.fn() };
  const draw = vi.fn();
  const created = createFlow({ model: model(over), state, callbacks, focus, root: {} as ShadowRoot, later: { ready: () => here, load }, draw });
  return { ...created, state, callbacks, focus, draw };
}

describe('createFlow', () => {
  it('with the later steps here, a score moves to the comment step at once', () => {
    const f = flow(vi.fn(), { steps: laterSteps, model: {} });
    f.actions.pick(4);
    expect([f.state.step.peek(), f.state.score.peek()]).toEqual(['comment', 4]);
    expect(f.callbacks.onScore).toHaveBeenCalledWith(4);
  });

  it('without them, keeps the first score, fetches them once, and draws and moves on when they come', async () => {
    const load = vi.fn(async () => ({ steps: laterSteps, model: { contactPurpose: 'Why' } }));
    const f = flow(load);
    f.actions.pick(4);
    f.actions.pick(9);
    f.fetchLater();
    expect(load).toHaveBeenCalledTimes(1);
    expect(f.state.step.peek()).toBe('question');
    await settle();
    expect([f.state.step.peek(), f.state.score.peek()]).toEqual(['comment', 4]);
    expect(f.draw).toHaveBeenCalledWith(expect.objectContaining({ contactPurpose: 'Why' }), laterSteps);
  });

  it('closed with a score picked (the comment step on its way) is closed at the comment step', () => {
    const f = flow(() => new Promise(() => {}));
    f.actions.pick(2);
    f.actions.close('question');
    expect(f.callbacks.onClose).toHaveBeenCalledWith('comment');
    expect(f.state.step.peek()).toBe('closed');
  });

  it('without them for good, commits the score alone and thanks', async () => {
    const f = flow(() => Promise.reject(new Error('gone')));
    f.actions.pick(6);
    await settle();
    expect(f.callbacks.onComment.mock.calls).toEqual([[undefined]]);
    expect([f.state.step.peek(), f.state.live.peek()]).toEqual(['thanks', `${texts.thanks} ${texts.thanksDetail}`]);
    expect(f.focus.later).toHaveBeenCalledWith(expect.any(Function), 4000);
  });

  it("without them for good and without their texts (the thank-you's second line comes with them), thanks with the first line alone", async () => {
    const { thanksDetail, ...questionTexts } = texts;
    expect(thanksDetail).toBeTruthy();
    const f = flow(() => Promise.reject(new Error('no texts for the steps after the score')), undefined, { texts: questionTexts as typeof texts });
    f.actions.pick(6);
    await settle();
    expect(f.state.step.peek()).toBe('thanks');
    expect(f.state.live.peek().trim()).toBe(texts.thanks);
  });
});
