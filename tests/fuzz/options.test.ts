// @vitest-environment jsdom
/**
 * Property-based tests of the JavaScript API: any options object (any values, unknown and awkward keys
 * such as `constructor` or `__proto__`, even no object at all), then any calls of show / identify /
 * track / hide / flush: nothing throws into the page, every error message names the option or call it
 * is about, and an inline prompt still works.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeBad } from '../../src/config/messages';
import fc from 'fast-check';
import type { Answer } from '../../src/surveys/types';
import type { Hearken } from '../../src/widget/index';
import { createWidget as wire } from '../../src/widget/index';

/** The widget's public API, as `createHearken` returns it. */
const createWidget = (...args: Parameters<typeof wire>) => wire(...args).api;
import { kit } from '../../src/ui/kit';
import { loadAllLocales } from '../i18n/helpers';
import { fakeDelivery, settle, unusedDeliveryCode } from '../dom';
import { OPTION_NAMES, TRICKY, fuzz, fuzzTimeout, named, promptWorks } from './helpers';

/** Any value an option might be given by mistake. */
const anyValue = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY) },
  { weight: 2, arbitrary: fc.anything({ maxDepth: 2, maxKeys: 4, withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withNullPrototype: true, withTypedArray: true, withSparseArray: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -1, 1, 3, 5, 7, 11, 0.5, 1e12, Infinity, NaN, true, false, null, [], {}, ['/a/*'], () => 1, { send: () => Promise.resolve({ status: 'accepted' }) }) },
);

/** An options object: known keys with any values, plus awkward own keys. */
const options = fc
  .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...OPTION_NAMES) }, fc.constantFrom('constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'extend', '')), anyValue), { maxLength: 8 })
  .map((entries) => {
    const o: Record<string, unknown> = {};
    for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, configurable: true, writable: true });
    return o;
  });

/** What a page might pass instead of an options object. */
const notAnObject = fc.constantFrom<unknown>(undefined, null, 'nps', 42, [], [{ survey: 'nps' }], () => ({}));

/** A call of the API with any arguments. */
const call = fc.oneof(
  fc.record({ method: fc.constant('show' as const), survey: fc.constantFrom<unknown>(undefined, 'nps', 'csat', 'ces', 'NPS', 7, null), overrides: fc.option(options, { nil: undefined }) }),
  fc.record({ method: fc.constant('identify' as const), id: anyValue, traits: fc.option(anyValue, { nil: undefined }) }),
  fc.record({ method: fc.constant('track' as const), name: anyValue }),
  fc.record({ method: fc.constantFrom('hide' as const, 'flush' as const) }),
);

/** Option names, and the names the API's own calls are reported by. */
const ALLOWED = new Set([...OPTION_NAMES, 'identify(userId)', 'identify(traits)', 'track(name)']);


// A fuzzed locale's texts come as a chunk on demand: loaded ahead, so a prompt draws within a settle().
beforeAll(loadAllLocales);

describe('fuzzed JavaScript options', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
  });

  it('never throw; errors name the option or call; an inline prompt still works', async () => {
    // jsdom parses the prompt's stylesheet slowly: unstyled prompts here, as without constructable stylesheets
    vi.stubGlobal('CSSStyleSheet', undefined);
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { delivery } = fakeDelivery();
    // the page's first widget, with consent granted: a fuzzed `consent` of later widgets does not change the page's
    const first = createWidget({}, { loadKit: () => Promise.resolve(kit), loadDelivery: unusedDeliveryCode, delivery });
    const added: Answer[] = [];
    const shared = { ...delivery, add: async (answer: Answer) => void added.push(answer) };

    await fc.assert(
      fc.asyncProperty(fc.oneof({ weight: 9, arbitrary: options }, notAnObject), fc.array(call, { maxLength: 4 }), async (opts, calls) => {
        const messages: string[] = [];
        const report = (m: string) => void messages.push(m);
        const target = document.body.appendChild(document.createElement('div'));
        let widget: Hearken | undefined;
        try {
          widget = createWidget(opts as never, { report, describe: describeBad, loadKit: () => Promise.resolve(kit), loadDelivery: unusedDeliveryCode, delivery: shared });
          for (const c of calls) {
            if (c.method == 'show') widget.show(c.survey as never, c.overrides as never);
            else if (c.method == 'identify') widget.identify(c.id as never, c.traits as never);
            else if (c.method == 'track') widget.track(c.name as never);
            else if (c.method == 'hide') widget.hide();
            else await widget.flush();
          }
          await settle();
          widget.hide();
          widget.show(undefined, { target });
          await settle();
          expect(await promptWorks(target, () => added.length)).toBe(true);
          for (const name of named(messages)) expect(ALLOWED.has(name) ? name : 'not an option: ' + name).toBe(name);
        } finally {
          widget?.destroy();
          target.remove();
          document.querySelectorAll('hearken-prompt').forEach((p) => p.remove());
        }
      }),
      // the run that found track() coercing a null-prototype name (TypeError), kept as an example
      { ...fuzz(200), examples: [[{ onEvent: '#abc' }, [{ method: 'track', name: Object.create(null) }]]] },
    );
    first.destroy();
    expect(errors).not.toHaveBeenCalled();
  }, fuzzTimeout(30_000));

  it('keep the thank-you up for a huge autoCloseMs instead of closing it at once (timer overflow)', async () => {
    vi.useFakeTimers();
    const { delivery } = fakeDelivery();
    const target = document.body.appendChild(document.createElement('div'));
    const widget = createWidget({ autoCloseMs: 1e12 }, { loadKit: () => Promise.resolve(kit), loadDelivery: unusedDeliveryCode, delivery });
    widget.show('csat', { target });
    await settle();
    expect(await promptWorks(target, () => delivery.add.mock.calls.length)).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(target.querySelector('hearken-prompt')!.shadowRoot!.querySelector('p.hk-detail')).not.toBeNull();
    widget.destroy();
    vi.useRealTimers();
  });
});
