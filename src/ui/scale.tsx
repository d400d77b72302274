import type { PromptModel } from './types';
import type { PromptState } from './state';

/** What the scale needs besides the model: the state and the pick action. */
export interface ScaleProps {
  model: PromptModel;
  state: PromptState;
  pick(score: number): void;
}

/** A face drawn with strokes; `smile` runs from 0 (frown) to 1 (smile). */
function Face({ smile }: { smile: number }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="12" cy="12" r="10" />
      <path d={'M9 9v1m6-1v1M8 15.5Q12 ' + (15.5 + 8 * smile - 4) + ' 16 15.5'} />
    </svg>
  );
}

/**
 * The score scale as a radio group with one tab stop: arrows move focus (Left/Right mirrored in
 * RTL, wrapping), Home/End jump, Enter/Space or a click pick.
 */
export function Scale({ model, state, pick }: ScaleProps) {
  const { min, max } = model.scale;
  const n = max - min + 1;
  const texts = model.texts;
  const next = model.dir == 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const prev = model.dir == 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  const key = (e: KeyboardEvent, i: number) => {
    const k = e.key;
    if (k == 'Enter' || k == ' ') {
      e.preventDefault();
      return pick(min + i);
    }
    const j =
      k == 'Home' ? 0 : k == 'End' ? n - 1 : k == next || k == 'ArrowDown' ? i + 1 : k == prev || k == 'ArrowUp' ? i - 1 : NaN;
    if (j != j) return;
    e.preventDefault();
    state.active.value = (j + n) % n;
    ((e.currentTarget as Element).parentNode!.children[state.active.value] as HTMLElement).focus();
  };
  const options = [];
  for (let i = 0; i < n; i++) {
    const v = min + i;
    const end = i ? (i == n - 1 ? ', ' + model.highLabel : '') : ', ' + model.lowLabel;
    options.push(
      <button
        type="button"
        role="radio"
        aria-checked={state.score.value === v}
        aria-label={texts.scoreLabel.replace('{score}', '' + v).replace('{max}', '' + max) + end}
        tabIndex={i == state.active.value ? 0 : -1}
        onClick={() => pick(v)}
        onKeyDown={(e) => key(e, i)}
      >
        {model.style == 'stars' ? '★' : model.style == 'faces' ? <Face smile={i / (n - 1)} /> : v}
      </button>,
    );
  }
  return (
    <>
      <div role="radiogroup" aria-labelledby="hk-question" class={'hk-scale ' + model.style}>
        {options}
      </div>
      <div class="hk-scale-ends" aria-hidden="true">
        <span>{model.lowLabel}</span>
        <span>{model.highLabel}</span>
      </div>
    </>
  );
}
