import type { SurveyKind } from '../surveys/index';
import type { HearkenOptions, Report } from './types';
import type { Field } from './fields';
import { scaleError } from './checks';
import { FIELDS } from './fields';

export { kebab } from './checks';
export type { BadOption, HearkenOptions, Report, Said } from './types';

/**
 * Keeps the good options and reports each bad one once (a `BadOption`), naming it by `nameOf` (the option name for JS,
 * `data-…` for attributes, where a bare flag like `data-debug` means true). Unknown keys are ignored.
 * A `scale` the `survey` of the same options is not asked on (csat on 4 points) is reported here, whether
 * or not a prompt is ever drawn, and set to `undefined`: the survey's default scale is drawn, not one
 * inherited from other options.
 */
export function checkOptions(
  raw: Record<string, unknown>,
  report: Report,
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
    if (good === undefined) report({ name: nameOf(key), key: key as keyof HearkenOptions, value, choices: field.choices });
    else out[key] = good;
  }
  const scale = out.survey ? scaleError(out.survey as SurveyKind, out.scale as number | undefined, nameOf) : undefined;
  if (scale) {
    report(scale);
    delete out.scale;
  }
  return out as HearkenOptions;
}
