// @vitest-environment jsdom
/**
 * Property-based tests of the data-attributes, as a page writes them on the script tag or an inline
 * mount: whatever the values, nothing throws; each bad value is reported once, by its attribute's name,
 * and left out (every other attribute applies); and the prompt drawn from what is left works.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Said } from '../../src/config/options';
import { describeBad, inWords } from '../../src/config/messages';
import fc from 'fast-check';
import type { Answer } from '../../src/surveys/types';
import type { Hearken } from '../../src/widget/index';
import { createWidget as wire } from '../../src/widget/index';

/** The widget's public API, as `createHearken` returns it. */
const createWidget = (...args: Parameters<typeof wire>) => wire(...args).api;
import { kit } from '../../src/ui/kit';
import { loadAllLocales } from '../i18n/helpers';
import { optionsFromAttributes } from '../../src/config/attributes';
import { kebab } from '../../src/config/checks';
import { fakeDelivery, settle, unusedDeliveryCode } from '../dom';
import { ATTRIBUTE_OPTIONS, attributeValue, fuzz, fuzzTimeout, named, promptWorks } from './helpers';

const PAGE = 'https://shop.test/checkout/';

/** Some of the attributes, each with a value; plus `data-meta-*` ones. */
const attributes = fc.record({
  options: fc.dictionary(fc.constantFrom(...ATTRIBUTE_OPTIONS), attributeValue, { maxKeys: 8 }),
  meta: fc.dictionary(fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/), fc.string({ maxLength: 20 }), { maxKeys: 3 }),
});

/** A `<script>` element carrying the attributes. */
function element(a: { options: Record<string, string>; meta: Record<string, string> }): HTMLElement {
  const el = document.createElement('script');
  for (const [option, value] of Object.entries(a.options)) el.setAttribute('data-' + kebab(option), value);
  for (const [name, value] of Object.entries(a.meta)) el.setAttribute('data-meta-' + name, value);
  return el;
}


// A fuzzed locale's texts come as a chunk on demand: loaded ahead, so a prompt draws within a settle().
beforeAll(loadAllLocales);

describe('fuzzed data-attributes', () => {
  let errors: ReturnType<typeof vi.spyOn>;
  beforeAll(() => {
    history.replaceState(null, '', '/checkout/');
  });
  afterEach(() => {
    errors?.mockRestore();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('are read without throwing; each bad one is reported once by name and left out, the others apply', () => {
    fc.assert(
      fc.property(attributes, (a) => {
        const messages: string[] = [];
        const options = optionsFromAttributes(element(a), 'data-', (said) => messages.push(inWords(said)), PAGE) as Record<string, unknown>;
        const reported = named(messages);
        for (const option of Object.keys(a.options)) {
          const name = 'data-' + kebab(option);
          const times = reported.filter((r) => r == name).length;
          // reported once and left out, or taken
          expect({ name, times, taken: option in options }).toEqual({ name, times: times ? 1 : 0, taken: !times });
        }
        expect(reported.every((r) => Object.keys(a.options).some((o) => 'data-' + kebab(o) == r))).toBe(true);
        if (Object.keys(a.meta).length) expect(Object.keys(options.meta as object).length).toBe(Object.keys(a.meta).length);
      }),
      // a scale the survey does not take was reported but kept as a present, undefined option (seed 697979076)
      { ...fuzz(300), examples: [[{ options: { survey: 'ces', scale: '0' }, meta: {} }]] },
    );
  });

  it('always give an inline prompt that works, with errors only about attributes that were given', async () => {
    // The page's first widget decides consent for the page (granted by default): a fuzzed data-consent
    // of a later widget does not change it, so every run must draw its prompt.
    // jsdom parses the prompt's stylesheet slowly (some 30 ms a prompt): here the prompts go unstyled, as
    // in browsers without constructable stylesheets.
    vi.stubGlobal('CSSStyleSheet', undefined);
    const { delivery } = fakeDelivery();
    const first = createWidget({}, { loadKit: () => Promise.resolve(kit), loadDelivery: unusedDeliveryCode, delivery });
    errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const added: Answer[] = [];
    const shared = { ...delivery, add: async (answer: Answer) => void added.push(answer) };

    await fc.assert(
      fc.asyncProperty(attributes, async (a) => {
        const messages: string[] = [];
        const report = (said: Said) => void messages.push(inWords(said));
        const target = document.body.appendChild(document.createElement('div'));
        let widget: Hearken | undefined;
        try {
          // as the script tag does: the attributes, then the widget, then show() into an inline mount
          const options = optionsFromAttributes(element(a), 'data-', report, PAGE);
          widget = createWidget(options, { report, describe: describeBad, nameOf: (o) => 'data-' + kebab(o), loadKit: () => Promise.resolve(kit), loadDelivery: unusedDeliveryCode, delivery: shared });
          widget.show(undefined, { target });
          await settle();
          expect(await promptWorks(target, () => added.length)).toBe(true);
          const given = Object.keys(a.options).map((o) => 'data-' + kebab(o));
          for (const name of named(messages)) expect(given).toContain(name);
          // no attribute is complained about twice (read, then checked again by the widget and the prompt)
          expect(new Set(named(messages)).size).toBe(messages.length);
        } finally {
          widget?.destroy();
          target.remove();
        }
      }),
      fuzz(200),
    );
    first.destroy();
    expect(errors).not.toHaveBeenCalled();
  }, fuzzTimeout(30_000));
});
