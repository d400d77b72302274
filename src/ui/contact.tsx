import type { ContactChannel } from '../surveys/index';
import type { PromptModel } from './types';
import type { PromptState } from './state';

/** What the contact request needs. */
export interface ContactProps {
  model: PromptModel;
  state: PromptState;
  /** The channels offered, the owner's first one chosen at first. */
  channels: ContactChannel[];
  /** Ref of the contact field, which render.ts reads and focuses. */
  field(el: HTMLInputElement | null): void;
}

/**
 * "May we contact you about this?": the purpose in one line, an unticked consent checkbox, and once it is
 * ticked a field for the chosen channel (a choice of channel first when there are two). An identified
 * visitor is told their account's details will be used, and gets no field. An invalid value is shown
 * under the field, which is marked `aria-invalid` and described by it.
 */
export function ContactRequest({ model, state, channels, field }: ContactProps) {
  const texts = model.texts;
  const channel = state.channel.value || channels[0]!;
  const name = (c: ContactChannel) => (c == 'email' ? texts.contactEmail : texts.contactPhone);
  const error = state.error.value;
  // A new channel or consent starts without the old error.
  const choose = (c: ContactChannel, consent = true) => {
    state.channel.value = c;
    state.consent.value = consent;
    state.error.value = '';
  };
  return (
    <fieldset class="hk-contact" aria-describedby="hk-contact-purpose">
      <legend>{texts.contactQuestion}</legend>
      <p id="hk-contact-purpose" class="hk-hint">
        {model.contactPurpose}
      </p>
      <label>
        <input type="checkbox" checked={state.consent.value} onChange={(e) => choose(channel, e.currentTarget.checked)} />
        {texts.contactConsent}
      </label>
      {!state.consent.value ? null : model.identified && model.identified() ? (
        <p class="hk-hint">{texts.contactKnown}</p>
      ) : (
        <>
          {channels.length > 1 && (
            <div class="hk-channels">
              {channels.map((c) => (
                <label key={c}>
                  <input type="radio" name="hk-channel" checked={c == channel} onChange={() => choose(c)} />
                  {name(c)}
                </label>
              ))}
            </div>
          )}
          <label for="hk-contact-value" class="hk-contact-label">
            {name(channel)}
          </label>
          <input
            id="hk-contact-value"
            ref={field}
            type={(channel == 'email' ? 'email' : 'tel') as 'email'}
            autoComplete={channel == 'email' ? 'email' : 'tel'}
            aria-invalid={!!error}
            aria-describedby={error ? 'hk-contact-error' : undefined}
            onInput={() => (state.error.value = '')}
          />
          {error && (
            <p id="hk-contact-error" class="hk-error">
              {error}
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}
