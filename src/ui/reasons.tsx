import type { Reason } from '../config/index';
import type { PromptModel } from './types';
import type { PromptState } from './state';

/** What the reason chips need. */
export interface ReasonsProps {
  model: PromptModel;
  state: PromptState;
  list: Reason[];
}

/**
 * The reasons as a labelled group of checkboxes drawn as chips (multi-select): Tab moves between them,
 * Space toggles, and screen readers hear the group's label and hint. Labels are the owner's text, shown as text.
 */
export function Reasons({ model, state, list }: ReasonsProps) {
  const picked = state.picked.value;
  const toggle = (key: string, on: boolean) => {
    const now = state.picked.peek().filter((k) => k != key);
    state.picked.value = on ? now.concat(key) : now;
  };
  return (
    <fieldset class="hk-reasons" aria-describedby="hk-reasons-hint">
      <legend>{model.texts.reasonsLabel}</legend>
      <p id="hk-reasons-hint" class="hk-hint">
        {model.texts.reasonsHint}
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
