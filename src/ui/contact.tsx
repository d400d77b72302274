import type { ContactChannel } from '../surveys/index';
import type { PromptModel } from './render';
import type { PromptState } from './state';

/** What the contact request needs. */
export interface ContactProps {
  m: PromptModel;
  s: PromptState;
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
export function ContactRequest({ m, s, channels, field }: ContactProps) {
  const t = m.texts;
  const channel = s.channel.value || channels[0]!;
  const name = (c: ContactChannel) => (c == 'email' ? t.contactEmail : t.contactPhone);
  const error = s.error.value;
  // A new channel or consent starts without the old error.
  const choose = (c: ContactChannel, consent = true) => {
    s.channel.value = c;
    s.consent.value = consent;
    s.error.value = '';
  };
  return (
    <fieldset class="k" aria-describedby="kp">
      <legend>{t.contactQuestion}</legend>
      <p id="kp" class="h">
        {m.contactPurpose}
      </p>
      <label>
        <input type="checkbox" checked={s.consent.value} onChange={(e) => choose(channel, e.currentTarget.checked)} />
        {t.contactConsent}
      </label>
      {!s.consent.value ? null : m.identified && m.identified() ? (
        <p class="h">{t.contactKnown}</p>
      ) : (
        <>
          {channels.length > 1 && (
            <div class="ch">
              {channels.map((c) => (
                <label key={c}>
                  <input type="radio" name="kc" checked={c == channel} onChange={() => choose(c)} />
                  {name(c)}
                </label>
              ))}
            </div>
          )}
          <label for="kv" class="l">
            {name(channel)}
          </label>
          <input
            id="kv"
            ref={field}
            type={(channel == 'email' ? 'email' : 'tel') as 'email'}
            autoComplete={channel == 'email' ? 'email' : 'tel'}
            aria-invalid={!!error}
            aria-describedby={error ? 'ke' : undefined}
            onInput={() => (s.error.value = '')}
          />
          {error && (
            <p id="ke" class="er">
              {error}
            </p>
          )}
        </>
      )}
    </fieldset>
  );
}
