import { signal } from '@preact/signals-core';
import type { Signal } from '@preact/signals-core';
import type { ContactChannel } from '../surveys/index';

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
  /** Keys of the reason chips the visitor has picked. */
  picked: Signal<string[]>;
  /** Whether the visitor ticked the contact consent (unticked at first). */
  consent: Signal<boolean>;
  /** The contact channel the visitor chose, when there are two to choose from. */
  channel: Signal<ContactChannel | undefined>;
  /** The contact field's inline error, when what was typed is not an address or number. */
  error: Signal<string>;
}

/** Creates the state of one prompt, at its question step. */
export function createState(): PromptState {
  return {
    step: signal<Step>('question'),
    score: signal<number | undefined>(undefined),
    active: signal(0),
    live: signal(''),
    picked: signal<string[]>([]),
    consent: signal(false),
    channel: signal<ContactChannel | undefined>(undefined),
    error: signal(''),
  };
}
