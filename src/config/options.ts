import type { SurveyKind } from '../surveys/index';
import type { HearkenOptions } from './types';
import type { Field } from './fields';
import { scaleError, show } from './checks';
import { FIELDS } from './fields';
import { suggest } from './suggest';

export { kebab } from './checks';
export type { HearkenOptions } from './types';

/** `; did you mean "nps"?` for a near miss of one of `choices`, else nothing. */
function didYouMean(value: unknown, choices: readonly string[] = []): string {
  const meant = suggest(value, choices);
  return meant ? `; did you mean "${meant}"?` : '';
}

/**
 * Keeps the good options and reports each bad one once, naming it by `nameOf` (the option name for JS,
 * `data-…` for attributes, where a bare flag like `data-debug` means true). Unknown keys are ignored.
 * A `scale` the `survey` of the same options is not asked on (csat on 4 points) is reported here, whether
 * or not a prompt is ever drawn, and set to `undefined`: the survey's default scale is drawn, not one
 * inherited from other options.
 */
export function checkOptions(
  raw: Record<string, unknown>,
  report: (message: string) => void,
  nameOf: (option: string) => string = (o) => o,
  base?: string,
  fromAttributes?: boolean,
): HearkenOptions {
  const out: Record<string, unknown> = {};
  // Own keys, looked up as own keys: not `extend` that an old library put on Object.prototype, nor `constructor`.
  for (const key of Object.keys(raw)) {
    const field = Object.prototype.hasOwnProperty.call(FIELDS, key) ? (FIELDS as Record<string, Field>)[key] : undefined;
    const value = raw[key];
    if (!field || value === undefined) continue;
    const good = field.check(value, { base, attr: fromAttributes });
    if (good === undefined) report(`[hearken] ${nameOf(key)} must be ${field.expect}, got ${show(value)}${didYouMean(value, field.choices)}`);
    else out[key] = good;
  }
  const scale = out.survey ? scaleError(out.survey as SurveyKind, out.scale as number | undefined, nameOf) : undefined;
  if (scale) {
    report(scale);
    delete out.scale;
  }
  return out as HearkenOptions;
}
