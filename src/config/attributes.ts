import type { HearkenOptions, Report } from './options';
import { checkOptions } from './options';
import { kebab } from './checks';
import { FIELDS } from './fields';

/** Raw attribute values of an element: option name → text, plus `meta` from `<prefix>meta-*`. */
export function readAttributes(el: Element, prefix: string): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(FIELDS)) {
    if ((FIELDS as Record<string, { attr?: false }>)[key].attr === false) continue;
    const value = el.getAttribute(prefix + kebab(key));
    if (value !== null) raw[key] = value;
  }
  const metaPrefix = prefix + 'meta-';
  let meta: Record<string, string> | undefined;
  for (const attr of Array.from(el.attributes)) {
    if (attr.name.indexOf(metaPrefix) == 0 && attr.name.length > metaPrefix.length) {
      // data-meta-order-id → meta.orderId, as dataset would name it
      const name = attr.name.slice(metaPrefix.length).replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
      (meta = meta || {})[name] = attr.value;
    }
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
