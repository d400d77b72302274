import type { PromptProps } from './types';
import { Reasons } from './reasons';
import { ContactRequest } from './contact';

/**
 * The comment step: the follow-up question for the score (the comment box's label), the reason chips and the
 * contact request when the owner asks for them, and Skip / Send. In the follow-up file, with the thank-you.
 */
export function CommentStep({ model, state, actions }: PromptProps) {
  const texts = model.texts;
  const score = state.score.value!;
  const reasons = model.reasons ? model.reasons(score) : [];
  const channels = model.contact ? model.contact(score) : [];
  return (
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
  );
}
