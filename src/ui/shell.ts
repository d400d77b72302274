import type { PromptModel } from './types';
import type { PromptState, Step } from './state';
import { SVG, element } from './elements';

/** The dialog around a prompt's steps: what stays from the question to the thank-you. */
export interface Shell {
  dialog: HTMLElement;
  /** Where the current step is drawn (laid out as if its children were the dialog's own). */
  body: HTMLElement;
  /** Stops the live region following the state. */
  stop(): void;
}

/**
 * Draws the prompt's dialog: the close button, the step's place, and the polite live region, which follows
 * `state.live`. The close button and Escape anywhere in the dialog call `close` with the step it is at.
 */
export function drawShell(doc: Document, model: PromptModel, state: PromptState, close: (step: Exclude<Step, 'closed'>) => void): Shell {
  const shut = () => {
    const step = state.step.peek();
    if (step != 'closed') close(step);
  };
  // a drawn cross, not the × glyph: no font of its own size to look up before the first frame
  const cross = element(doc, 'svg', { viewBox: '0 0 24 24' }, [element(doc, 'path', { d: 'M7 7l10 10M17 7 7 17' }, [], SVG)], SVG);
  const closeButton = element(doc, 'button', { type: 'button', class: 'hk-close', 'aria-label': model.texts.close }, [cross]);
  closeButton.onclick = shut;
  const body = element(doc, 'div', { class: 'hk-step' });
  // Read as a value and written to one text node: a screen reader hears each change of it.
  const live = doc.createTextNode('');
  const dialog = element(
    doc,
    'div',
    {
      role: 'dialog',
      'aria-labelledby': 'hk-question',
      dir: model.dir,
      lang: model.locale,
      class: 'hk-card ' + (model.inline ? '' : 'hk-floating ' + model.position + ' ') + model.theme,
    },
    [closeButton, body, element(doc, 'div', { class: 'hk-visually-hidden', 'aria-live': 'polite' }, [live])],
  );
  dialog.onkeydown = (event) => void (event.key == 'Escape' && shut());
  return { dialog, body, stop: state.live.subscribe((text) => (live.data = text)) };
}
