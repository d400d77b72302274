import type { PromptProps } from './types';
import { Scale } from './scale';
import { Reasons } from './reasons';
import { ContactRequest } from './contact';
import { Thanks } from './thanks';

/** The prompt dialog at its current step; renders nothing once closed. */
export function Prompt({ model, state, actions }: PromptProps) {
  const step = state.step.value;
  if (step == 'closed') return null;
  const texts = model.texts;
  const score = state.score.value!;
  const reasons = step == 'comment' && model.reasons ? model.reasons(score) : [];
  const channels = step == 'comment' && model.contact ? model.contact(score) : [];
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
      ) : step == 'comment' ? (
        <>
          <label id="hk-question" for="hk-comment" class="hk-question">
            {model.followUp(score)}
          </label>
          {reasons.length > 0 && <Reasons model={model} state={state} list={reasons} />}
          <textarea id="hk-comment" ref={actions.area} placeholder={texts.commentPlaceholder} />
          {channels.length > 0 && <ContactRequest model={model} state={state} channels={channels} field={actions.field} />}
          <div class="hk-actions">
            <button type="button" onClick={() => actions.send(false)}>
              {texts.skip}
            </button>
            <button type="button" class="hk-primary" onClick={() => actions.send(true)}>
              {texts.submit}
            </button>
          </div>
        </>
      ) : (
        <Thanks model={model} review={actions.review} />
      )}
      <div class="hk-visually-hidden" aria-live="polite">
        {/* Read as a value: bound as a signal, its text node missed the contact error set with another signal (Chromium). */}
        {state.live.value}
      </div>
    </div>
  );
}
