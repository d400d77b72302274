import { signal } from '@preact/signals';
import type { Signal } from '@preact/signals';

/** Where a prompt is in its short life. */
export type Step = 'question' | 'comment' | 'thanks' | 'closed';

/** The reactive state of one prompt; each prompt makes its own so two widgets never share it. */
export interface PromptState {
  step: Signal<Step>;
  /** The picked score, once there is one. */
  score: Signal<number | undefined>;
  /** Index of the scale option holding the one tab stop (roving tabindex). */
  active: Signal<number>;
  /** Text of the polite live region. */
  live: Signal<string>;
}

/** Creates the state of one prompt, at its question step. */
export function createState(): PromptState {
  return {
    step: signal<Step>('question'),
    score: signal<number | undefined>(undefined),
    active: signal(0),
    live: signal(''),
  };
}
