// @vitest-environment jsdom
/**
 * The prompts of one widget (src/widget/prompts.ts): drawing them with the kit, one per place, what their answers
 * and dismissals do to the rules, and why one could not be drawn. Each test gets fresh modules: a new page view.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PromptKit } from '../../src/ui/kit';
import type { PageContext } from '../../src/widget/page';
import { createPrompts } from '../../src/widget/prompts';
import { createEmitter } from '../../src/widget/events';
import { kit } from '../../src/ui/kit';
import { button, fakeDelivery, hosts, radios, resetPage, settle, shadow } from '../dom';

let page: PageContext;

beforeEach(async () => {
  vi.resetModules();
  resetPage();
  const { pageContext } = await import('../../src/widget/page');
  page = pageContext(window, {});
});
afterEach(() => {
  vi.restoreAllMocks();
  resetPage();
});

function prompts(parts: { delivery?: boolean; loadKit?: () => Promise<PromptKit>; alive?: boolean } = {}) {
  const { delivery, added } = fakeDelivery();
  const emitter = createEmitter();
  const events: [string, unknown][] = [];
  (['show', 'answer', 'dismiss'] as const).forEach((name) => emitter.on(name, (payload) => void events.push([name, payload])));
  const targeting = { answered: vi.fn(), dismissed: vi.fn() };
  const report = vi.fn();
  const loadKit = vi.fn(parts.loadKit || (async () => kit));
  const all = createPrompts({
    window,
    page,
    emitter,
    report,
    nameOf: (option) => option,
    loadKit,
    delivery: () => (parts.delivery === false ? undefined : delivery),
    targetingFor: () => targeting as never,
    identity: () => ({ visitorId: 'visitor-1', traits: {} }),
    guard: (_what, fn) => (parts.alive === false ? undefined : fn()),
  });
  return { prompts: all, delivery, added, events, targeting, report, loadKit };
}

describe('createPrompts', () => {
  it('draws a prompt with the kit and says so: a show event, and no reason', async () => {
    const p = prompts();
    expect(await p.prompts.open({ survey: 'csat', touchpoint: 'checkout' })).toBe('');
    expect(radios()).toHaveLength(5);
    expect(p.events).toEqual([['show', { survey: 'csat', touchpoint: 'checkout' }]]);
    expect(p.prompts.floatingKey()).toBe('csat@checkout');
  });

  it('an answer goes to the outbox, counts for the rules and is announced', async () => {
    const p = prompts();
    await p.prompts.open({ survey: 'nps' });
    radios()[10]!.click();
    await settle();
    button('Send').click();
    await settle();
    expect(p.added.map((a) => [a.survey, a.score, a.visitorId])).toEqual([['nps', 10, 'visitor-1']]);
    expect(p.targeting.answered).toHaveBeenCalledTimes(1);
    expect(p.events.map(([name]) => name)).toEqual(['show', 'answer']);
  });

  it('closing without a score counts as dismissed for the rules', async () => {
    const p = prompts();
    await p.prompts.open({ survey: 'nps' });
    button('Close').click();
    expect(p.targeting.dismissed).toHaveBeenCalledTimes(1);
    expect(p.prompts.floatingKey()).toBeUndefined();
  });

  it('an answer the outbox cannot store is one report, not an exception in the page', async () => {
    const p = prompts();
    p.delivery.add.mockRejectedValueOnce(new Error('quota'));
    await p.prompts.open({ survey: 'nps' });
    radios()[5]!.click();
    await settle();
    button('Skip').click();
    await settle();
    expect(p.report).toHaveBeenCalledWith('[hearken] could not store the answer: Error: quota');
  });

  it('one prompt per place: a new floating prompt replaces the old one (committing its score); an inline one stands beside it', async () => {
    const p = prompts();
    await p.prompts.open({ survey: 'nps' });
    radios()[2]!.click();
    await settle();
    await p.prompts.open({ survey: 'ces' });
    const target = document.body.appendChild(document.createElement('div'));
    await p.prompts.open({ survey: 'csat', target });
    expect(hosts().length).toBe(2);
    expect(radios(shadow(0))).toHaveLength(7);
    expect(target.querySelectorAll('hearken-prompt')).toHaveLength(1);
    expect(p.added.map((a) => [a.survey, a.score])).toEqual([['nps', 2]]);
    expect(p.prompts.floatingKey()).toBe('ces');
  });

  it('leaving the page commits the picked score of every open prompt', async () => {
    const p = prompts();
    await p.prompts.open({ survey: 'nps' });
    const target = document.body.appendChild(document.createElement('div'));
    await p.prompts.open({ survey: 'csat', target });
    radios(shadow(0))[9]!.click();
    radios(target.querySelector('hearken-prompt')!.shadowRoot!)[0]!.click();
    await settle();
    p.prompts.commitAll();
    await settle();
    expect(p.added.map((a) => [a.survey, a.score]).sort()).toEqual([['csat', 1], ['nps', 9]]);
  });

  it('removes the prompts of one survey and touchpoint, or all; without counting a dismissal', async () => {
    const p = prompts();
    const target = document.body.appendChild(document.createElement('div'));
    await p.prompts.open({ survey: 'nps' });
    await p.prompts.open({ survey: 'csat', touchpoint: 'search', target });
    p.prompts.removeAll('csat@search');
    expect(target.children).toHaveLength(0);
    expect(hosts()).toHaveLength(1);
    p.prompts.removeAll();
    expect(hosts()).toHaveLength(0);
    expect(p.targeting.dismissed).not.toHaveBeenCalled();
  });

  it('keeps the cross-tab lease while the floating prompt is open, and gives it back when it ends', async () => {
    const open = vi.spyOn(page.crossTab, 'open');
    const close = vi.spyOn(page.crossTab, 'close');
    const p = prompts();
    const target = document.body.appendChild(document.createElement('div'));
    await p.prompts.open({ survey: 'nps' });
    await p.prompts.open({ survey: 'csat', target });
    p.prompts.removeAll('csat');
    expect(open).toHaveBeenLastCalledWith('nps');
    expect(close).not.toHaveBeenCalled();
    p.prompts.removeAll('nps');
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('without a delivery, draws nothing and loads nothing', async () => {
    const p = prompts({ delivery: false });
    expect(await p.prompts.open({ survey: 'nps' })).toBe('endpoint: none');
    expect(p.loadKit).not.toHaveBeenCalled();
    expect(hosts()).toEqual([]);
  });

  it('a UI that fails to load is one report for the preload and the show that share the load, and the reason', async () => {
    const failing = Promise.reject(new Error('could not load /hearken-ui.js'));
    failing.catch(() => {});
    const p = prompts({ loadKit: () => failing });
    p.prompts.preload({ survey: "nps" });
    expect(await p.prompts.open({ survey: 'nps' })).toBe('ui: could not load the prompt: could not load /hearken-ui.js');
    expect(p.report.mock.calls).toEqual([['[hearken] could not load the prompt: could not load /hearken-ui.js']]);
  });

  it('a UI that fails to load again at a later prompt is not reported again: one error per page view', async () => {
    let calls = 0;
    const p = prompts({ loadKit: () => Promise.reject(new Error('could not load /hearken-ui.js #' + ++calls)) });
    expect(await p.prompts.open({ survey: 'nps' })).toBe('ui: could not load the prompt: could not load /hearken-ui.js #1');
    expect(await p.prompts.open({ survey: 'csat' })).toBe('ui: could not load the prompt: could not load /hearken-ui.js #2');
    expect(p.report.mock.calls).toEqual([['[hearken] could not load the prompt: could not load /hearken-ui.js #1']]);
  });

  // (vitest fails the run on an unhandled rejection, which the preload's would be)
  it('texts that cannot be had (loadTexts said so) draw nothing, report nothing more, and give the reason; a preload of them throws nothing', async () => {
    const noTexts = () => Promise.reject(new Error('no texts for the prompt'));
    const p = prompts({ loadKit: async () => ({ ...kit, loadTexts: noTexts }) });
    p.prompts.preload({ survey: 'nps' });
    expect(await p.prompts.open({ survey: 'nps' })).toBe('ui: no texts');
    await settle();
    expect(hosts()).toEqual([]);
    expect(p.report).not.toHaveBeenCalled();
    expect(p.events).toEqual([]);
  });

  it('a widget destroyed while the UI loaded draws nothing', async () => {
    const p = prompts({ alive: false });
    expect(await p.prompts.open({ survey: 'nps' })).toBe('ui: show failed');
    expect(hosts()).toEqual([]);
  });
});
