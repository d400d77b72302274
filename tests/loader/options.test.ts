// @vitest-environment jsdom
/**
 * The npm entry's light gate (src/loader/options.ts): createHearken's options read as the script tag's attributes,
 * the text remembered once they were found right, and the reasons it stays light for (the rest of the rules:
 * tests/loader/gate.test.ts; what a page view imports: tests/esm-light.test.ts, tests/esm-armed.test.ts and tests/e2e/engines/npm.test.ts).
 */
import { describe, expect, it } from 'vitest';
import type { HearkenOptions } from '../../src/config/index';
import type { KeyValueStore } from '../../src/storage/index';
import { memoryStorage } from '../../src/storage/index';
import { attributesHash, optionReader, optionsLightReason, optionsText } from '../../src/loader/index';

const DAY = 864e5;
const NOW = 1_800_000_000_000;

describe('optionReader', () => {
  it.each([
    [{ survey: 'csat' }, 'survey', 'csat'],
    [{ survey: 'nps', resurveyDays: 30 }, 'resurvey-days', '30'],
    [{ survey: 'nps', respectGpc: true }, 'respect-gpc', ''],
    [{ survey: 'nps', exitIntent: false }, 'exit-intent', null],
    [{ survey: 'nps', pages: ['/checkout*', '!/checkout/done'] }, 'pages', '/checkout*,!/checkout/done'],
    [{ survey: 'nps', sample: 0.1 }, 'sample', '0.1'],
    [{ survey: 'nps' }, 'delay', null],
    // without a survey the widget asks only when called: a manual trigger
    [{}, 'trigger', 'manual'],
    [{ survey: 'nps', trigger: 'manual' }, 'trigger', 'manual'],
  ] as [HearkenOptions, string, string | null][])('%j: %s reads %j', (options, name, text) => {
    expect(optionReader(options)(name)).toBe(text);
  });
});

describe('optionsText', () => {
  it('is the same for the same options, and differs when one changes', () => {
    const options = { survey: 'nps' as const, endpoint: '/collect', meta: { plan: 'pro' } };
    expect(optionsText(options)).toBe(optionsText({ ...options }));
    expect(optionsText({ ...options, endpoint: '/feedback' })).not.toBe(optionsText(options));
  });

  it('takes meta by its keys and the types of its values, and userId by whether it is text: what their checks look at', () => {
    const order = (orderId: unknown, userId?: unknown) => optionsText({ survey: 'csat', endpoint: '/collect', meta: { orderId: orderId as string }, userId: userId as string });
    // each page's order id, each visitor's id: found right once
    expect(order('NW-1')).toBe(order('NW-2'));
    expect(order('NW-1', 'u-1')).toBe(order('NW-2', 'u-2'));
    // what a check would judge differently is another text
    expect(order(1)).not.toBe(order('NW-1'));
    expect(order({ nested: true })).not.toBe(order('NW-1'));
    expect(order('NW-1', ' ')).not.toBe(order('NW-1', 'u-1'));
    expect(order('NW-1', 7)).not.toBe(order('NW-1', 'u-1'));
    expect(optionsText({ meta: { plan: 'pro' } })).not.toBe(optionsText({ meta: { tier: 'pro' } }));
    // an array, found wrong, is not taken for the object it might look like
    expect(optionsText({ meta: ['plan', 'string'] as unknown as Record<string, string> })).not.toBe(optionsText({ meta: { plan: 'pro' } }));
  });

  it('takes a transport function or object by its shape and data, as the widget checks it', () => {
    const send = () => Promise.resolve({ status: 'accepted' as const });
    /** A transport object with a token, as an app's own (demo/app/src/transport.js). */
    const bearer = (token: string, sender = send) => ({ transport: { send: sender, token } as HearkenOptions['transport'] });
    // a function is taken by its shape (not refused as undefined is): any transport function reads the same, and not
    // as no transport
    expect(optionsText({ transport: send })).toEqual(expect.any(String));
    expect(optionsText({ transport: send })).toBe(optionsText({ transport: () => Promise.resolve({ status: 'retry' as const }) }));
    expect(optionsText({ transport: send })).not.toBe(optionsText({}));
    expect(optionsText(bearer('a'))).toBe(optionsText(bearer('a', () => Promise.resolve({ status: 'accepted' as const }))));
    expect(optionsText(bearer('a'))).not.toBe(optionsText(bearer('b')));
  });

  it('is undefined where an option is not plain data the gate could compare: an element, a function, a cycle', () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(optionsText({ target: document.createElement('div') })).toBeUndefined();
    expect(optionsText({ brand: (() => 'Northwind') as unknown as string })).toBeUndefined();
    expect(optionsText({ brand: cycle as unknown as string })).toBeUndefined();
    expect(optionsText({ meta: (() => ({})) as unknown as Record<string, string> })).toBeUndefined();
  });
});

describe('optionsLightReason', () => {
  const options: HearkenOptions = { survey: 'nps', endpoint: '/collect' };
  const text = optionsText(options)!;
  /** Storage where the widget found these options right, and the visitor answered NPS `days` ago. */
  const checkedAndAnswered = (days: number) => {
    const local = memoryStorage();
    local.set('hearken:checked', attributesHash(text));
    local.set('hearken:history', JSON.stringify({ nps: { answeredAt: NOW - days * DAY } }));
    return local;
  };
  const changed = (change: (local: KeyValueStore) => void) => {
    const local = checkedAndAnswered(7);
    change(local);
    return local;
  };
  const reason = (deps: Partial<Parameters<typeof optionsLightReason>[0]>) =>
    optionsLightReason({ options, text, local: checkedAndAnswered(7), window, now: NOW, ...deps });

  it('stays light in a re-survey wait, once the options were found right', () => {
    expect(reason({})).toBe('frequency');
  });

  it('stays light for options found right before another widget\'s were (remembered under a key of their own)', () => {
    const local = changed((local) => (local.set('hearken:checked', 'another'), local.set('hearken:checked:' + attributesHash(text), '1')));
    expect(reason({ local })).toBe('frequency');
  });

  it.each([
    ['the wait is over', { local: checkedAndAnswered(91) }],
    ['answers of an earlier page wait', { local: changed((local) => local.set('hearken:waiting', '1')) }],
    ['storage is blocked', { local: undefined }],
    ['an option is not plain data', { text: undefined }],
    ['debug is on', { options: { ...options, debug: true } }],
  ] as [string, Partial<Parameters<typeof optionsLightReason>[0]>][])('imports the widget when %s', (_, deps) => {
    expect(reason(deps)).toBe('');
  });

  it('has new options checked first where the rules keep the page view light (the checks\' chunk, not the widget)', () => {
    const unchecked = changed((local) => local.remove('hearken:checked'));
    expect(reason({ local: unchecked })).toBe('check');
    // a trigger to wait for, a manual trigger (no survey), an excluded page: the same
    const scroll = { ...options, scroll: 50 };
    expect(reason({ options: scroll, text: optionsText(scroll), local: memoryStorage() })).toBe('check');
    expect(reason({ options: { endpoint: '/collect' }, text: optionsText({ endpoint: '/collect' }), local: memoryStorage() })).toBe('check');
    // a prompt may show: the widget, which checks them itself
    expect(reason({ local: memoryStorage() })).toBe('');
  });

  it('stays light without checks while consent is pending: nothing is stored for the visitor', () => {
    const pending = { ...options, consent: 'pending' as const };
    expect(reason({ options: pending, text: optionsText(pending), local: memoryStorage() })).toBe('consent');
  });

  describe('where only a trigger says when a prompt comes', () => {
    /** Options found right before, in storage without a history (a prompt may show), plus `more`. */
    const waitingFor = (given: HearkenOptions, more: (local: KeyValueStore) => void = () => {}) => {
      const local = memoryStorage();
      local.set('hearken:checked', attributesHash(optionsText(given)!));
      more(local);
      return reason({ options: given, text: optionsText(given), local });
    };

    it.each([
      ['a scroll', { scroll: 50 }],
      ['exit intent', { exitIntent: true }],
      ['an event', { onEvent: 'order:placed' }],
      ['a delay longer than the UI takes to come', { delay: 600000 }],
    ] as [string, HearkenOptions][])('is armed for %s: the triggers\' chunk waits, not the widget', (_, trigger) => {
      expect(waitingFor({ ...options, ...trigger })).toBe('armed');
    });

    it('imports the widget for a short delay (it comes at once anyway) and under minPageviews (a count is the widget\'s)', () => {
      expect(waitingFor({ ...options, delay: 1000 })).toBe('');
      expect(waitingFor({ ...options, scroll: 50, minPageviews: 3 })).toBe('');
    });

    it('has the options checked for a sampled visitor without an id yet (the checks\' chunk makes it), and arms for one in the sample', () => {
      const sampled = { ...options, scroll: 50, sample: 0.9999 };
      expect(waitingFor(sampled)).toBe('check');
      expect(waitingFor(sampled, (local) => local.set('hearken:visitor', 'v-1'))).toBe('armed');
    });
  });
});
