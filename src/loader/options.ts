import type { HearkenOptions } from '../config/index';
import type { ReadWriteStore } from '../storage/index';
import type { ReadAttribute } from './gate';
import { KEYS } from '../storage/index';
import { attributesHash, lightReason } from './gate';

/**
 * `createHearken`'s options read as the script tag's attributes would say them, for the light start's gate:
 * `resurvey-days` is `resurveyDays`; a string or number is its text, `true` a bare attribute, `false` none, a list
 * of page patterns joined. Without a `survey` the widget asks only when called (`show()`), which is a manual trigger.
 */
export function optionReader(options: HearkenOptions): ReadAttribute {
  return (name) => {
    if (name == 'trigger' && !options.survey) return 'manual';
    const value = (options as Record<string, unknown>)[name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())];
    return value == null || value === false ? null : value === true ? '' : String(value);
  };
}

/**
 * The options as one text, which the widget remembers a hash of once it found them right (`rememberChecked`), as
 * the script tag's start remembers its attributes: each option and its value; of a transport, its data and which
 * of its members are functions (the widget checks no more of it); of `meta`, its keys and the type of each value,
 * and of `userId`, whether it is text, which is all their checks look at (so options that carry each page's order
 * id, or each visitor's id, are found right once, not on every page view). `undefined` when another option is not
 * plain data (a function, an element to render into) or cannot be written (a cycle): the gate cannot compare those,
 * so the widget comes.
 */
export function optionsText(options: HearkenOptions): string | undefined {
  const { transport, meta, userId, ...others } = options;
  const rest = {
    ...others,
    // an object of the same keys and the type of each value (an array or other value is as it is, and found wrong)
    meta: meta && typeof meta == 'object' && !Array.isArray(meta) ? Object.fromEntries(Object.keys(meta).map((key) => [key, typeof meta[key]])) : meta,
    userId: typeof userId == 'string' && userId.trim() ? 'text' : userId,
  };
  let plain = true;
  try {
    const text = JSON.stringify(rest, (_, value: unknown) => {
      if (typeof value == 'function' || (value && typeof value == 'object' && (value as Node).nodeType > 0)) plain = false;
      return value;
    });
    return plain ? text + String(JSON.stringify(transport, (_, value: unknown) => (typeof value == 'function' ? 'function' : value))) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Why `createHearken`'s widget need not be imported on this page view (the script tag's gate, `lightReason`, on
 * the options), or `''` when it must: answers of an earlier page wait, `debug` is on, storage is blocked, the
 * options are not plain data, or a prompt may show. `'armed'` when a prompt may show but only a trigger says when
 * (`scroll`, `exitIntent`, `onEvent`, a `delay` longer than `PRELOAD_LEAD_MS`): the triggers' chunk (`armTriggers`)
 * waits for one, as hearken-triggers.js does for the script tag. `'check'` when the rules would keep the page view
 * light but these options were not found right before (a first page view), and for a visitor of a `sample` who has
 * no id yet: the checks' chunk (`checkGiven`) checks them first, as hearken-checks.js does for the script tag, keeps
 * them (and makes the visitor's id), and the gate is asked again. Consent pending or denied is
 * light without checks: nothing is stored for the visitor then.
 */
export function optionsLightReason(deps: { options: HearkenOptions; text: string | undefined; local: ReadWriteStore | undefined; window: Window; now: number }): string {
  const { options, text, local } = deps;
  if (text === undefined || !local || local.get(KEYS.waiting) || options.debug) return '';
  // found right: the last options remembered (`hearken:checked`, which the script tag's start reads too), or these
  // among others (`hearken:checked:<hash>`: an app may create several widgets, each with options of its own)
  const hash = attributesHash(text);
  const found = local.get(KEYS.checked) == hash || !!local.get(KEYS.checked + ':' + hash);
  // the rules' answer as it will be once they are found right
  const trusted = { ...local, get: (key: string) => (key == KEYS.checked ? hash : local.get(key)) };
  const why = lightReason(optionReader(options), text, trusted, deps.window, deps.now);
  return why && why != 'consent' && !found ? 'check' : why;
}
