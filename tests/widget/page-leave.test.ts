// @vitest-environment jsdom
/**
 * Leaving the page is ordered by construction (src/widget/page-leave.ts): every open prompt commits its picked
 * score first, then the outbox hands what it knows to the beacon — whichever registered its listener first.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Answer } from '../../src/surveys/types';
import { kit } from '../../src/ui/kit';
import { captureErrors, hosts, pick, resetPage, runScriptTag, settle, shadow } from '../dom';

type Global = Window & { Hearken?: { destroy(): void }; __hearkenKit?: unknown };
const win = window as unknown as Global;
let beacons: Promise<string>[];

beforeEach(() => {
  resetPage();
  win.__hearkenKit = () => kit;
  captureErrors();
  beacons = [];
  // the collector is down for fetch; the page's beacons are recorded
  vi.stubGlobal('fetch', vi.fn(async () => new Response('', { status: 503 })));
  Object.defineProperty(navigator, 'sendBeacon', {
    configurable: true,
    value: (_url: string, body: Blob) => (beacons.push(body.text()), true),
  });
});

afterEach(() => {
  win.Hearken?.destroy();
  delete win.Hearken;
  delete (document as { currentScript?: unknown }).currentScript;
  delete (navigator as { sendBeacon?: unknown }).sendBeacon;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** The answers carried by the beacons sent so far. */
const beaconed = async () => (await Promise.all(beacons)).flatMap((body) => (JSON.parse(body) as { answers: Answer[] }).answers);

describe('leaving the page', () => {
  it('a <hearken-survey> sharing the script tag\'s outbox, placed after it started: a bare pagehide beacons its picked score', async () => {
    await runScriptTag({ 'data-endpoint': '/collect', 'data-trigger': 'manual' });
    // the outbox starts in the task after the script's (its listeners come then); the element comes later still
    await new Promise((task) => setTimeout(task));
    document.body.insertAdjacentHTML('beforeend', '<hearken-survey survey="csat"></hearken-survey>');
    const el = document.body.lastElementChild as HTMLElement;
    await vi.waitFor(() => expect(hosts(el)).toHaveLength(1));
    await settle();
    await pick(4, shadow(0, el));

    // no visibilitychange first: some browsers fire only pagehide
    window.dispatchEvent(new Event('pagehide'));

    expect((await beaconed()).map((a) => [a.survey, a.score])).toEqual([['csat', 4]]);
  });
});

describe('pageLeave', () => {
  it('runs commit, then deliver, then release, whatever order they were registered in', async () => {
    const { pageLeave } = await import('../../src/widget/page-leave');
    const win = new EventTarget() as unknown as Window;
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    Object.assign(win, { document: doc });
    const leave = pageLeave(win);
    const seen: string[] = [];
    leave.on('release', (kind) => seen.push('release ' + kind));
    leave.on('deliver', (kind) => seen.push('deliver ' + kind));
    const off = leave.on('commit', (kind) => seen.push('commit ' + kind));
    leave.on('commit', () => {
      throw new Error('a broken prompt');
    });
    win.dispatchEvent(new Event('pagehide'));
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    doc.dispatchEvent(new Event('freeze'));
    off();
    win.dispatchEvent(new Event('pagehide'));
    expect(seen).toEqual([
      'commit pagehide', 'deliver pagehide', 'release pagehide',
      'commit hidden', 'deliver hidden', 'release hidden',
      'commit freeze', 'deliver freeze', 'release freeze',
      'deliver pagehide', 'release pagehide',
    ]);
    expect(pageLeave(win)).toBe(leave);
  });

  it('tells of a return from the back/forward cache, not of an ordinary pageshow', async () => {
    const { pageLeave } = await import('../../src/widget/page-leave');
    const win = Object.assign(new EventTarget(), { document: new EventTarget() }) as unknown as Window;
    const back = vi.fn();
    pageLeave(win).onReturn(back);
    win.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    win.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    expect(back).toHaveBeenCalledTimes(1);
  });
});
