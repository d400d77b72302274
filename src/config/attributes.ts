import type { HearkenOptions, Report } from './options';
import { checkOptions } from './options';
import { kebab } from './checks';
import { FIELDS } from './fields';

/** `user-id` → `userId`: an attribute's name (without its prefix) as `dataset` and the options name it. */
const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * Raw attribute values of an element: option name → text, plus `meta` from `<prefix>meta-*`, in the order the
 * element has them (so are the errors of several bad ones). Walks the element's own attributes (a few), rather than
 * asking it for each option's (some fifty, each a name to build): this runs as the full script starts, on the way to
 * the prompt.
 */
export function readAttributes(el: Element, prefix: string): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  let meta: Record<string, string> | undefined;
  // by their names: no Attr objects made
  for (const full of el.getAttributeNames()) {
    const name = full.slice(prefix.length);
    const key = camel(name);
    if (full.indexOf(prefix) != 0) continue;
    // data-meta-order-id → meta.orderId, as dataset would name it
    if (name.indexOf('meta-') == 0 && name.length > 5) (meta = meta || {})[camel(name.slice(5))] = el.getAttribute(full)!;
    // not the options that have no attribute (an unknown name is checkOptions' to leave out)
    else if ((FIELDS as Record<string, { attr?: false } | undefined>)[key]?.attr !== false) raw[key] = el.getAttribute(full);
  }
  if (meta) raw.meta = meta;
  return raw;
}

/**
 * Options from an element's attributes (`data-*` on the script tag and inline mounts, bare names on
 * `<hearken-survey>`). Bad values are reported naming the attribute and left out.
 */
export function optionsFromAttributes(el: Element, prefix: string, report: Report, base?: string): HearkenOptions {
  return checkOptions(readAttributes(el, prefix), report, (o) => prefix + kebab(o), base, true);
}
