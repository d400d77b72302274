import { describe, expect, it } from 'vitest';
import { createState } from '../../src/ui/state';

describe('createState', () => {
  it('starts a prompt at its question: no score, the first option holding the tab stop, nothing announced', () => {
    const state = createState();
    expect([state.step.value, state.score.value, state.active.value, state.live.value]).toEqual(['question', undefined, 0, '']);
  });

  it('is reactive: a change is told to what subscribed, once per new value, until it stops', () => {
    const state = createState();
    const seen: string[] = [];
    const stop = state.step.subscribe((step) => void seen.push(step));
    state.step.value = 'comment';
    state.step.value = 'comment';
    state.step.value = 'thanks';
    stop();
    state.step.value = 'closed';
    expect(seen).toEqual(['question', 'comment', 'thanks']);
    expect(state.step.peek()).toBe('closed');
  });

  it('is per prompt: two prompts on one page never share a score or a step', () => {
    const one = createState();
    const two = createState();
    one.score.value = 9;
    one.step.value = 'comment';
    one.active.value = 9;
    expect([two.step.value, two.score.value, two.active.value]).toEqual(['question', undefined, 0]);
  });
});
