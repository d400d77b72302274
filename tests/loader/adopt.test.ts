// @vitest-environment jsdom
/**
 * `adoptWidget` (src/loader/adopt.ts): the npm entry's widget, made in its chunk once `createHearken`'s light part
 * needs it. It takes over the very API object the app holds, replays the calls queued on it, remembers options found
 * right (consent allowing), and waits only what is left of a delay the triggers' chunk waited for. (A jsdom window
 * allows one prompt: one test shows it.)
 */
import { describe, expect, it } from 'vitest';
import type { HearkenOptions } from '../../src/config/index';
import { adoptWidget } from '../../src/loader/adopt';
import { createStub, optionsText } from '../../src/loader/index';
import { captureErrors, hosts, settle, widgetPage } from '../dom';

let errors: ReturnType<typeof captureErrors>;
const widgets = widgetPage((captured) => (errors = captured));

// the chunks src/esm.ts hands the widget: the UI, the outbox
const env = {
  loadKit: () => import('../../src/ui/kit').then((m) => m.questionFirstKit),
  loadDelivery: () => import('../../src/widget/outbox-delivery').then((m) => m.makeDelivery),
};

/** The light part's stub with `calls` made on it, then the widget adopting it, as src/esm.ts does. */
function adopt(options: HearkenOptions, calls: (api: ReturnType<typeof createStub>['api']) => void = () => {}, delayLeft?: number) {
  const stub = createStub(() => {}, () => false, () => {});
  calls(stub.api);
  widgets.push(stub.api);
  adoptWidget({ window, options, given: options, text: optionsText(options), env, stub, delayLeft });
  return stub.api;
}

describe('adoptWidget', () => {
  const options: HearkenOptions = { endpoint: '/collect', brand: 'Northwind' };

  it('takes over the API the app holds, and runs the calls made before, in order', async () => {
    const seen: string[] = [];
    const api = adopt(options, (api) => {
      api.on('error', ({ message }) => seen.push(message));
      // a survey it cannot ask: the error event, heard by the listener added before
      api.show('survey-that-does-not-exist' as never);
    });
    await settle();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/^\[hearken\]/);
    // the same object, now the widget's: a listener added now hears the next one
    api.on('error', ({ message }) => seen.push('later ' + message));
    api.show('another-one' as never);
    await settle();
    expect(seen.filter((message) => message.startsWith('later '))).toHaveLength(1);
  });

  it('remembers options found right, so that the light part trusts them on later page views', () => {
    adopt(options);
    expect(localStorage.getItem('hearken:checked')).toBeTruthy();
    expect(errors).not.toHaveBeenCalled();
  });

  it('does not remember wrong options, which it reports', async () => {
    adopt({ ...options, position: 'top' as never });
    await settle();
    expect(localStorage.getItem('hearken:checked')).toBeNull();
    await settle();
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]![0])).toMatch(/^\[hearken\] .*position.*top/);
  });

  it('remembers nothing before consent, and the options once the visitor gives it', () => {
    const api = adopt({ ...options, consent: 'pending' });
    expect(localStorage.getItem('hearken:checked')).toBeNull();
    api.consent(true);
    expect(localStorage.getItem('hearken:checked')).toBeTruthy();
  });

  it("remembers nothing once consent(\"denied\") withdrew it (only true grants): no hearken key is written after the erasure", async () => {
    const api = adopt(options);
    expect(localStorage.getItem('hearken:checked')).toBeTruthy();
    api.consent('denied' as never);
    await settle();
    expect(Object.keys(localStorage).filter((key) => key.startsWith('hearken'))).toEqual([]);
    expect(String(errors.mock.calls[0]![0])).toMatch(/^\[hearken\] consent\(granted\) must be a boolean/);
    // the window's consent is the page's, for the tests after this one too
    api.consent(true);
  });

  it('shows at once when a trigger fired while the triggers\' chunk waited (nothing left of the delay)', async () => {
    adopt({ ...options, survey: 'nps', delay: 600000 }, () => {}, 0);
    await settle();
    // no clock moves: the ten-minute delay is over
    await expect.poll(() => hosts().length).toBe(1);
  });
});
