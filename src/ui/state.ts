import type { Cell } from './cell';
import { cell } from './cell';
import type { ContactChannel } from '../surveys/index';

/** Where a prompt is in its short life. */
export type Step = 'question' | 'comment' | 'thanks' | 'closed';

/**
 * The reactive state of one prompt; each prompt makes its own so two widgets never share it. Cells (cell.ts): the
 * question step follows them by subscribing; the later steps' components read signals mirroring them.
 */
export interface PromptState {
  step: Cell<Step>;
  /** The picked score, once there is one. */
  score: Cell<number | undefined>;
  /** Index of the scale option holding the one tab stop (roving tabindex). */
  active: Cell<number>;
  /** Text of the polite live region. */
  live: Cell<string>;
  /** Keys of the reason chips the visitor has picked. */
  picked: Cell<string[]>;
  /** Whether the visitor ticked the contact consent (unticked at first). */
  consent: Cell<boolean>;
  /** The contact channel the visitor chose, when there are two to choose from. */
  channel: Cell<ContactChannel | undefined>;
  /** The contact field's inline error, when what was typed is not an address or number. */
  error: Cell<string>;
}

/** Creates the state of one prompt, at its question step. */
export function createState(): PromptState {
  return {
    step: cell<Step>('question'),
    score: cell<number | undefined>(undefined),
    active: cell(0),
    live: cell(''),
    picked: cell<string[]>([]),
    consent: cell(false),
    channel: cell<ContactChannel | undefined>(undefined),
    error: cell(''),
  };
}
