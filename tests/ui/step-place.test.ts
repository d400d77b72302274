// @vitest-environment jsdom
/** The dialog's step place after the question (src/ui/step-place.ts): what it holds at each step. */
import { describe, expect, it, vi } from 'vitest';
import type { LaterSteps, PromptActions } from '../../src/ui/types';
import { stepPlace } from '../../src/ui/step-place';
import { createState } from '../../src/ui/state';
import { laterCss } from '../../src/ui/later-styles';
import { model, texts } from '../dom';

/** A place holding a drawn question, and later steps that write which step they drew. */
function setUp() {
  const body = document.createElement('div');
  body.innerHTML = '<p>the question</p>';
  const state = createState();
  const stopQuestion = vi.fn();
  const actions = {} as PromptActions;
  const steps: LaterSteps = {
    draw: vi.fn((into: Element, step: string) => void (into.textContent = step == 'closed' ? '' : 'drawn ' + step)),
    readFollowUp: () => ({}),
    css: laterCss,
  };
  return { body, state, stopQuestion, actions, steps, drawStep: stepPlace(body, state, actions, stopQuestion) };
}

describe('the step place', () => {
  it('keeps the question while the prompt is at it, later steps here or not', () => {
    const { body, drawStep, steps, stopQuestion } = setUp();
    drawStep(model(), steps);
    expect(body.textContent).toBe('the question');
    expect(steps.draw).not.toHaveBeenCalled();
    expect(stopQuestion).not.toHaveBeenCalled();
  });

  it('takes the question away at the comment step and has the later steps draw it, with the state and actions', () => {
    const { body, state, actions, drawStep, steps, stopQuestion } = setUp();
    state.step.value = 'comment';
    const drawn = model();
    drawStep(drawn, steps);
    expect(stopQuestion).toHaveBeenCalledTimes(1);
    expect(body.textContent).toBe('drawn comment');
    expect(steps.draw).toHaveBeenCalledWith(body, 'comment', { model: drawn, state, actions });
    state.step.value = 'thanks';
    drawStep(drawn, steps);
    expect(body.textContent).toBe('drawn thanks');
    expect(stopQuestion).toHaveBeenCalledTimes(1);
  });

  it('without the later steps, thanks in plain text once, and the later steps take over if they come', () => {
    const { body, state, drawStep, steps } = setUp();
    state.step.value = 'thanks';
    const drawn = model({ texts: { ...texts, thanks: '<b>Merci</b>' } });
    drawStep(drawn, undefined);
    drawStep(drawn, undefined);
    expect(body.querySelectorAll('p')).toHaveLength(1);
    expect(body.querySelector('p')!.textContent).toBe('<b>Merci</b>');
    expect(body.querySelector('b')).toBeNull();
    drawStep(drawn, steps);
    expect(body.textContent).toBe('drawn thanks');
  });

  it('once closed, has the later steps take away what they drew, and holds nothing', () => {
    const { body, state, drawStep, steps } = setUp();
    state.step.value = 'comment';
    drawStep(model(), steps);
    state.step.value = 'closed';
    drawStep(model(), steps);
    expect(steps.draw).toHaveBeenLastCalledWith(body, 'closed', expect.anything());
    expect(body.childNodes).toHaveLength(0);
  });

  it('closed at the question, stops the question following the state and holds nothing', () => {
    const { body, state, drawStep, stopQuestion } = setUp();
    state.step.value = 'closed';
    drawStep(model(), undefined);
    expect(stopQuestion).toHaveBeenCalledTimes(1);
    expect(body.childNodes).toHaveLength(0);
  });
});
