import type { PromptModel } from './types';
import type { PromptState } from './state';
import { SVG, element, heading } from './elements';

/** A face drawn with strokes; `smile` runs from 0 (frown) to 1 (smile). */
function face(doc: Document, smile: number): Element {
  return element(
    doc,
    'svg',
    { viewBox: '0 0 24 24', 'aria-hidden': 'true' },
    [element(doc, 'circle', { cx: '12', cy: '12', r: '10' }, [], SVG), element(doc, 'path', { d: 'M9 9v1m6-1v1M8 15.5Q12 ' + (15.5 + 8 * smile - 4) + ' 16 15.5' }, [], SVG)],
    SVG,
  );
}

/**
 * Draws the question step into `into`: the question, and the score scale as a radio group with one tab stop. Arrows
 * move focus (Left/Right mirrored in RTL, wrapping), Home/End jump, Enter/Space or a click pick. Plain DOM, so that
 * the question is on screen before any renderer is downloaded; the steps after it are drawn by the follow-up file.
 * Returns what stops it following the state.
 */
export function drawQuestion(into: Element, model: PromptModel, state: PromptState, pick: (score: number) => void): () => void {
  const doc = into.ownerDocument;
  const { min, max } = model.scale;
  const count = max - min + 1;
  const texts = model.texts;
  const next = model.dir == 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const previous = model.dir == 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  const options: HTMLElement[] = [];
  const key = (event: KeyboardEvent, index: number) => {
    const pressed = event.key;
    if (pressed == 'Enter' || pressed == ' ') {
      event.preventDefault();
      return pick(min + index);
    }
    const to =
      pressed == 'Home' ? 0 : pressed == 'End' ? count - 1 : pressed == next || pressed == 'ArrowDown' ? index + 1 : pressed == previous || pressed == 'ArrowUp' ? index - 1 : NaN;
    if (to != to) return;
    event.preventDefault();
    state.active.value = (to + count) % count;
    options[state.active.value]!.focus();
  };
  for (let index = 0; index < count; index++) {
    const value = min + index;
    const end = index ? (index == count - 1 ? ', ' + model.highLabel : '') : ', ' + model.lowLabel;
    const option = element(
      doc,
      'button',
      { type: 'button', role: 'radio', 'aria-label': texts.scoreLabel.replace('{score}', '' + value).replace('{max}', '' + max) + end },
      [model.style == 'stars' ? '★' : model.style == 'faces' ? face(doc, index / (count - 1)) : '' + value],
    );
    option.onclick = () => void pick(value);
    option.onkeydown = (event) => void key(event, index);
    options.push(option);
  }
  into.appendChild(heading(doc, model.question));
  into.appendChild(element(doc, 'div', { role: 'radiogroup', 'aria-labelledby': 'hk-question', class: 'hk-scale ' + model.style }, options));
  into.appendChild(element(doc, 'div', { class: 'hk-scale-ends', 'aria-hidden': 'true' }, [element(doc, 'span', {}, [model.lowLabel]), element(doc, 'span', {}, [model.highLabel])]));
  const follow = () =>
    options.forEach((option, index) => {
      option.setAttribute('aria-checked', '' + (state.score.peek() === min + index));
      option.tabIndex = index == state.active.peek() ? 0 : -1;
    });
  const stops = [state.score.subscribe(follow), state.active.subscribe(follow)];
  return () => stops.forEach((stop) => stop());
}
