import type { PromptModel } from './render';
import type { PromptState } from './state';
import { Scale } from './scale';
import { Reasons } from './reasons';
import { ContactRequest } from './contact';
import { Thanks } from './thanks';

/** The actions a prompt's controls trigger; render.ts implements them. */
export interface PromptActions {
  pick(score: number): void;
  /** Submits the comment (`true`) or skips it. */
  send(withComment: boolean): void;
  close(step: 'question' | 'comment' | 'thanks'): void;
  /** Ref of the comment box: keeps it and focuses it (or the first reason, when there are reasons). */
  area(el: HTMLTextAreaElement | null): void;
  /** Ref of the contact field: keeps it. */
  field(el: HTMLInputElement | null): void;
  /** The visitor opened the review link. */
  review(): void;
}

/** What the prompt view needs. */
export interface PromptProps {
  m: PromptModel;
  s: PromptState;
  act: PromptActions;
}

/** The prompt dialog at its current step; renders nothing once closed. */
export function Prompt({ m, s, act }: PromptProps) {
  const step = s.step.value;
  if (step == 'closed') return null;
  const t = m.texts;
  const score = s.score.value!;
  const reasons = step == 'comment' && m.reasons ? m.reasons(score) : [];
  const channels = step == 'comment' && m.contact ? m.contact(score) : [];
  return (
    <div
      role="dialog"
      aria-labelledby="q"
      dir={m.dir}
      lang={m.locale}
      class={'c ' + (m.inline ? '' : 'f ' + m.position + ' ') + m.theme}
      onKeyDown={(e) => e.key == 'Escape' && act.close(step)}
    >
      <button type="button" class="x" aria-label={t.close} onClick={() => act.close(step)}>
        ×
      </button>
      {step == 'question' ? (
        <>
          <p id="q" class="q">
            {m.question}
          </p>
          <Scale m={m} s={s} pick={act.pick} />
        </>
      ) : step == 'comment' ? (
        <>
          <label id="q" for="c" class="q">
            {m.followUp(score)}
          </label>
          {reasons.length > 0 && <Reasons m={m} s={s} list={reasons} />}
          <textarea id="c" ref={act.area} placeholder={t.commentPlaceholder} />
          {channels.length > 0 && <ContactRequest m={m} s={s} channels={channels} field={act.field} />}
          <div class="r">
            <button type="button" onClick={() => act.send(false)}>
              {t.skip}
            </button>
            <button type="button" class="p" onClick={() => act.send(true)}>
              {t.submit}
            </button>
          </div>
        </>
      ) : (
        <Thanks m={m} review={act.review} />
      )}
      <div class="sr" aria-live="polite">
        {/* Read as a value: bound as a signal, its text node missed the contact error set with another signal (Chromium). */}
        {s.live.value}
      </div>
    </div>
  );
}
