import { signal } from '@preact/signals';
import type { Cell } from './cell';
import type { PromptState } from './state';

const mirrors = new WeakMap<PromptState, PromptState>();

/**
 * The later steps' view of a prompt's state: for each of its cells a signal, kept equal to it both ways. Preact
 * re-renders a component when a cell it reads changes, and what a component writes (a reason picked, a contact
 * channel) is what the prompt's flow reads. Made once per state, when the later steps first draw it.
 */
export function signalState(cells: PromptState): PromptState {
  let state = mirrors.get(cells);
  if (state) return state;
  state = {} as PromptState;
  for (const key of Object.keys(cells) as (keyof PromptState)[]) {
    const from = cells[key] as Cell<unknown>;
    const to = signal(from.peek());
    // each side writes the other only on a change: the write back is of the same value, which tells no one
    from.subscribe((value) => (to.value = value));
    to.subscribe((value) => (from.value = value));
    (state as unknown as Record<string, unknown>)[key] = to;
  }
  mirrors.set(cells, state);
  return state;
}
