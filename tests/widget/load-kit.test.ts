// @vitest-environment jsdom
/**
 * The script tag's loader of hearken-ui.js and, through the kit, of locale files: jsdom does not run the
 * scripts, so each test plays the browser — it fires the element's load or error event, and sets
 * `window.__hearkenKit` as hearken-ui.js would.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PromptKit } from '../../src/ui/kit';
import { scriptDeliveryLoader, scriptDescribe, scriptGlobalLoader, scriptKitLoader } from '../../src/widget/load-kit';
import { describeBad } from '../../src/config/messages';

type Global = Window & { __hearkenKit?: unknown; __hearkenMessages?: unknown; __hearkenCore?: unknown };
const win = window as Global;
const BASE = 'https://shop.test/js/';
const url = (path: string) => BASE + path;

/** The scripts the loader added, as [src, nonce]. */
const added = () => [...document.querySelectorAll('script')].map((s) => [s.src, s.nonce]);
const last = () => [...document.querySelectorAll('script')].pop()!;
const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

afterEach(() => {
  document.head.innerHTML = '';
  delete win.__hearkenKit;
  delete win.__hearkenMessages;
  delete win.__hearkenCore;
});

describe('scriptGlobalLoader', () => {
  it("loads the path of the first call (another path leaving the same global, hearken.js's two full scripts), once", async () => {
    const load = scriptGlobalLoader(win, url, undefined, { path: 'hearken-prompt.js', global: '__hearkenCore' }, (start: () => string) => start());
    const first = load('hearken-core.js');
    const second = load();
    expect(added()).toEqual([[BASE + 'hearken-core.js', '']]);
    win.__hearkenCore = () => 'started';
    last().dispatchEvent(new Event('load'));
    expect([await first, await second]).toEqual(['started', 'started']);
  });
});

describe('scriptDescribe', () => {
  const BAD = { name: 'data-theme', key: 'theme' as const, value: 'neon', choices: ['light', 'dark', 'auto'] };

  it("loads hearken-messages.js at the first refused option, once, with hearken's nonce, and says it in its words", async () => {
    const describe = scriptDescribe(win, url, 'n0nce');
    expect(added()).toEqual([]);
    const first = describe(BAD);
    const second = describe({ ...BAD, value: 'dakr' });
    expect(added()).toEqual([[BASE + 'hearken-messages.js', 'n0nce']]);
    win.__hearkenMessages = describeBad;
    last().dispatchEvent(new Event('load'));
    expect(await first).toBe('[hearken] data-theme must be one of light, dark, auto, got "neon"');
    expect(await second).toBe('[hearken] data-theme must be one of light, dark, auto, got "dakr"; did you mean "dark"?');
  });

  it('where the file does not load, still names the option, the value and the file to copy', async () => {
    const said = scriptDescribe(win, url)(BAD);
    last().dispatchEvent(new Event('error'));
    expect(await said).toBe('[hearken] data-theme was refused, got "neon" (could not load https://shop.test/js/hearken-messages.js: copy hearken-messages.js beside hearken.js)');
  });
});

describe('scriptKitLoader', () => {
  it("adds hearken-ui.js once, with the nonce of hearken's own tag, and hands the kit its script loader", async () => {
    const kit = {} as PromptKit;
    const factory = vi.fn((_load: (path: string) => Promise<void>) => kit);
    const load = scriptKitLoader(win, url, 'n0nce');
    const first = load();
    const second = load();
    expect(added()).toEqual([[BASE + 'hearken-ui.js', 'n0nce']]);
    win.__hearkenKit = factory;
    last().dispatchEvent(new Event('load'));
    expect(await first).toBe(kit);
    expect(await second).toBe(kit);
    expect(await load()).toBe(kit);
    expect(factory).toHaveBeenCalledTimes(1);

    // the kit's locale files load the same way
    const loadScript = factory.mock.calls[0]![0];
    const locale = loadScript('locales/de.js');
    expect(added()[1]).toEqual([BASE + 'locales/de.js', 'n0nce']);
    last().dispatchEvent(new Event('load'));
    await expect(locale).resolves.toBeUndefined();
  });

  it('rejects when the file does not arrive, and tries again at the next prompt', async () => {
    const load = scriptKitLoader(win, url);
    const first = load();
    last().dispatchEvent(new Event('error'));
    // the owner is told what to do: the file belongs beside hearken.js
    await expect(first).rejects.toThrow(new Error('could not load https://shop.test/js/hearken-ui.js: copy hearken-ui.js beside hearken.js'));
    const second = load();
    expect(second).not.toBe(first);
    win.__hearkenKit = () => ({}) as PromptKit;
    last().dispatchEvent(new Event('load'));
    await expect(second).resolves.toEqual({});
    expect(added()).toHaveLength(2);
  });

  it('rejects a file that loaded without leaving a kit', async () => {
    const loading = scriptKitLoader(win, url)();
    last().dispatchEvent(new Event('load'));
    await expect(loading).rejects.toThrow(new Error("https://shop.test/js/hearken-ui.js is not hearken's: copy hearken-ui.js beside hearken.js"));
  });

  it('does not try again when the URL is refused (Trusted Types): one failure, one error', async () => {
    const refused = vi.fn((): string => {
      throw new TypeError("This document requires 'TrustedScriptURL' assignment.");
    });
    const load = scriptKitLoader(win, refused);
    const first = load();
    await expect(first).rejects.toThrow('TrustedScriptURL');
    await flush();
    expect(load()).toBe(first);
    expect(refused).toHaveBeenCalledTimes(1);
    expect(added()).toEqual([]);
  });

  it('uses a kit already on the page without loading it again', async () => {
    const kit = {} as PromptKit;
    win.__hearkenKit = () => kit;
    expect(await scriptKitLoader(win, url)()).toBe(kit);
    expect(added()).toEqual([]);
  });
});

describe('scriptDeliveryLoader', () => {
  it('adds hearken-delivery.js; a load cut short by the back/forward cache is made afresh when the page is back', async () => {
    const load = scriptDeliveryLoader(win, url);
    const first = load();
    expect(added()).toEqual([[BASE + 'hearken-delivery.js', '']]);
    // the page went into the back/forward cache: that script never fires load nor error
    expect(load()).toBe(first);
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    const again = load();
    expect(again).not.toBe(first);
    expect(added()).toHaveLength(2);
    const make = () => ({});
    (win as unknown as Record<string, unknown>).__hearkenDelivery = make;
    last().dispatchEvent(new Event('load'));
    expect(await again).toBe(make);
    delete (win as unknown as Record<string, unknown>).__hearkenDelivery;
  });
});
