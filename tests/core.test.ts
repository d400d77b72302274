// @vitest-environment jsdom
/**
 * The full script (src/core.ts → dist/hearken-core.js), started by the light one (src/auto.ts) as in a browser:
 * what it takes over from the stub, and what it remembers so that later page views can stay light.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Hearken } from '../src/widget/index';
import { kit } from '../src/ui/kit';
import type { StartCore } from '../src/loader/index';
import { checkAttributes, createStub } from '../src/loader/index';
import { captureErrors, hosts, resetPage, runScriptTag, settle } from './dom';

type Global = Window & { Hearken?: Hearken & { version: string }; __hearkenKit?: unknown; __hearkenCore?: unknown };
const win = window as unknown as Global;

beforeEach(() => {
  resetPage();
  localStorage.clear();
  win.__hearkenKit = () => kit;
  vi.stubGlobal('fetch', vi.fn(async () => new Response('{"ok":true}', { status: 200 })));
});

afterEach(() => {
  win.Hearken?.destroy();
  delete win.Hearken;
  delete win.__hearkenCore;
  delete (document as { currentScript?: unknown }).currentScript;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** Runs the light script as `<script data-*>`, with dist/hearken-core.js there to arrive when it asks for it. */
const loadScript = (attributes: Record<string, string>) => runScriptTag(attributes);

/**
 * A returning visitor's page view with these attributes, found right and remembered on an earlier page view (as
 * hearken-checks.js or the full script remember them; that page view's own triggers are gone with it): resolves with
 * the times the full script starts on this page view, as they come.
 */
async function returningVisit(attributes: Record<string, string>): Promise<number[]> {
  const earlier = document.createElement('script');
  for (const [name, value] of Object.entries(attributes)) earlier.setAttribute(name, value);
  expect(checkAttributes(window, earlier)).toBe(true);
  expect(localStorage.getItem('hearken:checked')).toBeTruthy();
  await loadScript(attributes);
  const start = win.__hearkenCore as (loaded: unknown) => unknown;
  const starts: number[] = [];
  win.__hearkenCore = (loaded: unknown) => (starts.push(Date.now()), start(loaded));
  return starts;
}

describe('the full script', () => {
  it('remembers attributes it found right, so a capped visitor later stays light; not when one was wrong', async () => {
    captureErrors();
    await loadScript({ 'data-endpoint': '/collect', 'data-trigger': 'manual' });
    win.Hearken!.show('nps');
    await settle();
    const checked = localStorage.getItem('hearken:checked');
    expect(checked).toBeTruthy();
    win.Hearken!.destroy();
    delete win.Hearken;
    localStorage.clear();
    await loadScript({ 'data-endpoint': '/collect', 'data-trigger': 'manual', 'data-position': 'middle' });
    win.Hearken!.show('nps');
    await settle();
    expect(localStorage.getItem('hearken:checked')).toBeNull();
  });

  it('a first page view on a data-exit-intent page: its attributes are checked and remembered, and the full script waits for the pointer to leave; a wrong one brings it at once, which reports it', async () => {
    const errors = captureErrors();
    await loadScript({ 'data-endpoint': '/collect', 'data-exit-intent': '' });
    expect(localStorage.getItem('hearken:checked')).toBeTruthy();
    const start = win.__hearkenCore as (loaded: unknown) => unknown;
    const starts: number[] = [];
    win.__hearkenCore = (loaded: unknown) => (starts.push(1), start(loaded));
    await settle();
    expect(starts).toHaveLength(0);
    document.dispatchEvent(new MouseEvent('mouseout', { clientY: -1, relatedTarget: null }));
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(starts).toHaveLength(1);
    expect(errors).not.toHaveBeenCalled();

    win.Hearken!.destroy();
    delete win.Hearken;
    resetPage();
    localStorage.clear();
    await loadScript({ 'data-endpoint': '/collect', 'data-exit-intent': '', 'data-position': 'middle' });
    expect(errors.mock.calls.map((c) => String(c[0]))).toEqual([expect.stringMatching(/^\[hearken\] data-position must be one of .*, got "middle"/)]);
    expect(localStorage.getItem('hearken:checked')).toBeNull();
  });

  it('a returning visitor on a page with a long data-delay: the full script comes 3 s before it ends, and the prompt at its end, not a whole delay later', async () => {
    vi.useFakeTimers();
    try {
      const starts = await returningVisit({ 'data-endpoint': '/collect', 'data-delay': '600000' });
      const at = Date.now();
      vi.advanceTimersByTime(597_000);
      await settle();
      expect(starts.map((t) => t - at)).toEqual([597_000]);
      vi.advanceTimersByTime(2_999);
      await settle();
      expect(hosts()).toHaveLength(0);
      vi.advanceTimersByTime(1);
      await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    } finally {
      vi.useRealTimers();
    }
  });

  it('a returning visitor on a page with data-exit-intent: neither the full script nor the UI comes until the pointer leaves the top, then the prompt shows at once, once', async () => {
    const starts = await returningVisit({ 'data-endpoint': '/collect', 'data-exit-intent': '' });
    const kitMade = vi.fn(() => kit);
    win.__hearkenKit = kitMade;
    await settle();
    expect(starts).toHaveLength(0);
    expect(kitMade).not.toHaveBeenCalled();
    const leave = () => document.dispatchEvent(new MouseEvent('mouseout', { clientY: -1, relatedTarget: null }));
    leave();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(starts).toHaveLength(1);
    // the light triggers are disarmed, and the full script's fired once: a second exit intent changes nothing
    leave();
    await settle();
    expect(hosts()).toHaveLength(1);
    expect(starts).toHaveLength(1);
  });

  it('takes over the stub: calls made before it arrived run in order, on the same window.Hearken object', async () => {
    const errors = captureErrors();
    // without consent the light script waits; consent(true) brings the full script
    await loadScript({ 'data-endpoint': '/collect', 'data-trigger': 'manual', 'data-consent': 'pending' });
    expect(localStorage.getItem('hearken:checked')).toBeNull();
    const stub = win.Hearken!;
    const shown: string[] = [];
    stub.on('show', (event) => void shown.push(event.survey));
    stub.consent(true);
    stub.show('csat');
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(win.Hearken).toBe(stub);
    expect(shown).toEqual(['csat']);
    expect(errors).not.toHaveBeenCalled();
    // granted now: the attributes' hash is stored, so the next page view without a prompt to show stays light
    expect(localStorage.getItem('hearken:checked')).toBeTruthy();
  });
});

describe("the prompt's texts on the way to the question", () => {
  /**
   * Starts the full script as hearken.js hands it over, for a tag that asks NPS at once, and lets the microtasks of
   * that task run (not the next task, where the rules start and decide).
   */
  async function startInOneTask(uiHere: boolean) {
    const script = document.createElement('script');
    script.setAttribute('src', '/dist/hearken.js');
    script.setAttribute('data-endpoint', '/collect');
    script.setAttribute('data-survey', 'nps');
    document.head.appendChild(script);
    vi.resetModules();
    await import('../src/core');
    if (!uiHere) delete win.__hearkenKit;
    const loadTexts = vi.spyOn(kit, 'loadTexts');
    const stub = createStub(() => {}, () => false, () => {});
    win.Hearken = stub.api as Global['Hearken'];
    (win.__hearkenCore as StartCore)({ window, script, urls: (path) => '/dist/' + path, stub });
    for (let hop = 0; hop < 20; hop++) await Promise.resolve();
    return loadTexts;
  }

  it('with the question\'s UI in its file (hearken-prompt.js): asked for in the task that starts the full script, before the rules decide', async () => {
    const loadTexts = await startInOneTask(true);
    expect(loadTexts).toHaveBeenCalledTimes(1);
    expect(hosts()).toHaveLength(0);
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
  });

  it('the full script alone (hearken-core.js: answers wait, data-debug…): no UI is fetched before the rules decide', async () => {
    await startInOneTask(false);
    expect(document.querySelector('script[src*="hearken-ui.js"]')).toBeNull();
  });
});
