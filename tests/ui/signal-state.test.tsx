// @vitest-environment jsdom
/**
 * The later steps' view of a prompt's state (src/ui/signal-state.ts): signals mirroring the question's cells both
 * ways, so a preact component re-renders when a cell changes and the flow reads what a component wrote.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { PromptState } from '../../src/ui/state';
import { createState } from '../../src/ui/state';
import { signalState } from '../../src/ui/signal-state';

afterEach(() => {
  document.body.innerHTML = '';
});

/** A component reading the score and the picked reasons, as the comment step does. */
function Shown({ state }: { state: PromptState }) {
  return <p>{`${state.score.value} ${state.picked.value.join(',')}`}</p>;
}

describe('signalState', () => {
  it('starts from the cells, and a component reading it is re-rendered when the flow writes a cell', () => {
    const cells = createState();
    cells.score.value = 7;
    const root = document.body.appendChild(document.createElement('div'));
    render(<Shown state={signalState(cells)} />, root);
    expect(root.textContent).toBe('7 ');
    // preact re-renders on its own schedule: act() lets it
    act(() => void (cells.picked.value = ['price']));
    expect(root.textContent).toBe('7 price');
  });

  it('what a component writes to a signal is what the cell holds, and the question step hears of it', () => {
    const cells = createState();
    const heard: boolean[] = [];
    cells.consent.subscribe((given) => void heard.push(given));
    const state = signalState(cells);
    state.consent.value = true;
    state.channel.value = 'phone';
    expect([cells.consent.peek(), cells.channel.peek()]).toEqual([true, 'phone']);
    expect(heard).toEqual([false, true]);
  });

  it('is made once per state: each later draw gets the same signals; two prompts never share them', () => {
    const one = createState();
    const two = createState();
    expect(signalState(one)).toBe(signalState(one));
    signalState(one).score.value = 9;
    expect([one.score.peek(), two.score.peek(), signalState(two).score.peek()]).toEqual([9, undefined, undefined]);
  });
});
