import type { Reason } from '../config/index';
import type { PromptModel } from './render';
import type { PromptState } from './state';

/** What the reason chips need. */
export interface ReasonsProps {
  m: PromptModel;
  s: PromptState;
  list: Reason[];
}

/**
 * The reasons as a labelled group of checkboxes drawn as chips (multi-select): Tab moves between them,
 * Space toggles, and screen readers hear the group's label and hint. Labels are the owner's text, shown as text.
 */
export function Reasons({ m, s, list }: ReasonsProps) {
  const picked = s.picked.value;
  const toggle = (key: string, on: boolean) => {
    const now = s.picked.peek().filter((k) => k != key);
    s.picked.value = on ? now.concat(key) : now;
  };
  return (
    <fieldset class="g" aria-describedby="gh">
      <legend>{m.texts.reasonsLabel}</legend>
      <p id="gh" class="h">
        {m.texts.reasonsHint}
      </p>
      {list.map((r) => (
        <label key={r.key}>
          <input type="checkbox" checked={picked.indexOf(r.key) >= 0} onChange={(e) => toggle(r.key, e.currentTarget.checked)} />
          {r.label}
        </label>
      ))}
    </fieldset>
  );
}
