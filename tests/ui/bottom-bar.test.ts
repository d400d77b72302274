// @vitest-environment jsdom
/**
 * Keeping a floating prompt above a bar fixed to the bottom edge (src/ui/bottom-bar.ts). jsdom has no layout:
 * the boxes and what lies under a point are given here; real layout is tested in Chromium (tests/e2e/bottom-bar).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { bottomBarHeight, keepAboveBottomBar } from '../../src/ui/bottom-bar';

const VIEWPORT = { width: 390, height: 844 };
let host: HTMLElement;
/** The elements under the bottom edge, topmost first, as elementsFromPoint gives them. */
let underEdge: Element[];

/** An element of the page with this inline style and box. */
function element(style: string, box: { top: number; bottom: number }, parent: Element = document.body): HTMLElement {
  const el = parent.appendChild(document.createElement('div'));
  el.setAttribute('style', style);
  el.getBoundingClientRect = () => ({ ...box, height: box.bottom - box.top, left: 0, right: VIEWPORT.width, width: VIEWPORT.width, x: 0, y: box.top, toJSON() {} }) as DOMRect;
  return el;
}

beforeEach(() => {
  document.body.innerHTML = '';
  host = document.body.appendChild(document.createElement('hearken-prompt'));
  underEdge = [];
  vi.spyOn(document.documentElement, 'clientHeight', 'get').mockReturnValue(VIEWPORT.height);
  vi.spyOn(document.documentElement, 'clientWidth', 'get').mockReturnValue(VIEWPORT.width);
  (document as { elementsFromPoint?: unknown }).elementsFromPoint = vi.fn(() => underEdge);
});
afterEach(() => {
  vi.restoreAllMocks();
  delete (document as { elementsFromPoint?: unknown }).elementsFromPoint;
});

describe('bottomBarHeight', () => {
  it('is the height of a fixed bar at the bottom edge, found through what lies under the edge', () => {
    const bar = element('position: fixed; bottom: 0', { top: 788, bottom: 844 });
    const icon = bar.appendChild(document.createElement('span'));
    underEdge = [host, icon, bar, document.body, document.documentElement];
    expect(bottomBarHeight(window, host)).toBe(56);
    expect(document.elementsFromPoint).toHaveBeenCalledWith(195, 843);
  });

  it('takes the highest of a sticky bar and a fixed one', () => {
    const sticky = element('position: sticky; bottom: 0', { top: 764, bottom: 844 });
    const fixed = element('position: fixed; bottom: 0', { top: 800, bottom: 844 });
    underEdge = [fixed, sticky, document.body];
    expect(bottomBarHeight(window, host)).toBe(80);
  });

  it('is 0 for the page\'s own flow, a fixed element not touching the edge, a tall side panel, or the prompt itself', () => {
    const flow = element('position: static', { top: 700, bottom: 900 });
    const floating = element('position: fixed; bottom: 40px', { top: 760, bottom: 804 });
    const panel = element('position: fixed; top: 0; bottom: 0', { top: 0, bottom: 844 });
    const inPrompt = element('position: fixed', { top: 600, bottom: 844 }, host);
    underEdge = [inPrompt, flow, floating, panel, document.body];
    expect(bottomBarHeight(window, host)).toBe(0);
  });

  it('is 0 where the browser cannot tell', () => {
    delete (document as { elementsFromPoint?: unknown }).elementsFromPoint;
    expect(bottomBarHeight(window, host)).toBe(0);
  });
});

describe('keepAboveBottomBar', () => {
  it('sets --hearken-offset on the host when shown and on each resize, until stopped', () => {
    const bar = element('position: fixed; bottom: 0', { top: 788, bottom: 844 });
    underEdge = [bar];
    const stop = keepAboveBottomBar(window, host);
    expect(host.style.getPropertyValue('--hearken-offset')).toBe('56px');
    underEdge = [];
    window.dispatchEvent(new Event('resize'));
    expect(host.style.getPropertyValue('--hearken-offset')).toBe('0px');
    stop();
    underEdge = [bar];
    window.dispatchEvent(new Event('resize'));
    expect(host.style.getPropertyValue('--hearken-offset')).toBe('0px');
  });

  it('writes nothing while there is no bar (the stylesheet\'s 0 px): the prompt is not restyled for nothing', () => {
    underEdge = [];
    const setProperty = vi.spyOn(host.style, 'setProperty');
    const stop = keepAboveBottomBar(window, host);
    window.dispatchEvent(new Event('resize'));
    expect(setProperty).not.toHaveBeenCalled();
    expect(host.style.getPropertyValue('--hearken-offset')).toBe('');
    underEdge = [element('position: fixed; bottom: 0', { top: 800, bottom: 844 })];
    window.dispatchEvent(new Event('resize'));
    window.dispatchEvent(new Event('resize'));
    expect(setProperty.mock.calls).toEqual([['--hearken-offset', '44px']]);
    stop();
  });

  it('takes the owner\'s offset instead of measuring', () => {
    underEdge = [element('position: fixed; bottom: 0', { top: 788, bottom: 844 })];
    keepAboveBottomBar(window, host, 72);
    window.dispatchEvent(new Event('resize'));
    expect(host.style.getPropertyValue('--hearken-offset')).toBe('72px');
    expect(document.elementsFromPoint).not.toHaveBeenCalled();
  });
});
