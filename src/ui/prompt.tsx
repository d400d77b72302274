import type { LaterSteps, PromptProps } from './types';
import { Scale } from './scale';

/**
 * The prompt dialog at its current step; renders nothing once closed. The steps after the question are drawn by
 * `steps` (the follow-up file's); without them, after a score whose follow-up file did not load, a plain thank-you.
 */
export function Prompt({ model, state, actions, steps }: PromptProps & { steps?: LaterSteps }) {
  const step = state.step.value;
  if (step == 'closed') return null;
  const texts = model.texts;
  return (
    <div
      role="dialog"
      aria-labelledby="hk-question"
      dir={model.dir}
      lang={model.locale}
      class={'hk-card ' + (model.inline ? '' : 'hk-floating ' + model.position + ' ') + model.theme}
      onKeyDown={(e) => e.key == 'Escape' && actions.close(step)}
    >
      <button type="button" class="hk-close" aria-label={texts.close} onClick={() => actions.close(step)}>
        ×
      </button>
      {step == 'question' ? (
        <>
          <p id="hk-question" class="hk-question">
            {model.question}
          </p>
          <Scale model={model} state={state} pick={actions.pick} />
        </>
      ) : !steps ? (
        <p id="hk-question" class="hk-question">
          {texts.thanks}
        </p>
      ) : step == 'comment' ? (
        <steps.Comment model={model} state={state} actions={actions} />
      ) : (
        <steps.Thanks model={model} review={actions.review} />
      )}
      <div class="hk-visually-hidden" aria-live="polite">
        {/* Read as a value: bound as a signal, its text node missed the contact error set with another signal (Chromium). */}
        {state.live.value}
      </div>
    </div>
  );
}
