// @vitest-environment jsdom
/**
 * The npm entry's two functions (src/esm.ts): `createHearken`, whose UI chunk is imported only when a prompt is
 * about to show, and `defineHearkenElement`. (Server-side rendering and the export list: tests/index.test.ts.)
 */
import { describe, expect, it, vi } from 'vitest';
import type { Answer } from '../src/surveys/types';
import type { Hearken } from '../src/widget/index';
import { createHearken, defineHearkenElement } from '../src/esm';
import { button, captureErrors, hosts, pick, settle, shadow, widgetPage } from './dom';

const kitImports = vi.hoisted(() => ({ count: 0 }));
vi.mock('../src/ui/kit', async (original) => {
  kitImports.count++;
  return original();
});

let errors: ReturnType<typeof captureErrors>;
const widgets = widgetPage((captured) => (errors = captured));

/** A transport that keeps what it is given. */
function collector() {
  const batches: Answer[][] = [];
  return { batches, transport: vi.fn(async (batch: Answer[]) => (batches.push(batch), { status: 'accepted' as const })) };
}

describe('createHearken', () => {
  it('returns its API at once, loads no UI until a prompt is shown, then draws it and delivers the answer', async () => {
    const { batches, transport } = collector();
    const hearken = createHearken({ survey: 'nps', trigger: 'manual', brand: 'Northwind', transport });
    widgets.push(hearken);
    const answers: Answer[] = [];
    // before the widget's chunk arrived: queued, then run in order
    hearken.on('answer', (answer) => void answers.push(answer));
    hearken.identify('u-7');
    await settle();
    expect(kitImports.count).toBe(0);
    expect(hosts()).toEqual([]);
    hearken.show();
    await vi.waitFor(() => expect(hosts()).toHaveLength(1));
    expect(kitImports.count).toBe(1);
    expect(shadow().textContent).toContain('How likely are you to recommend Northwind to a friend or colleague?');
    await pick(10);
    // the steps after the score are a chunk of their own, imported once the question is on screen
    await vi.waitFor(() => button('Skip'));
    button('Skip').click();
    await vi.waitFor(() => expect(batches).toHaveLength(1));
    expect(answers.map((a) => [a.survey, a.score, a.userId])).toEqual([['nps', 10, 'u-7']]);
    expect(batches[0]).toEqual(answers);
    expect(errors).not.toHaveBeenCalled();
  });

  it('reports a bad option on the console, naming it, and to the error event subscribed right after, and does not throw', async () => {
    let hearken!: Hearken;
    expect(() => (hearken = createHearken({ survey: 'nps', trigger: 'manual', position: 'top' as never, transport: collector().transport }))).not.toThrow();
    widgets.push(hearken);
    const heard: string[] = [];
    hearken.on('error', (event) => void heard.push(event.message));
    // once the widget's chunk has arrived
    await vi.waitFor(() => expect(errors).toHaveBeenCalled());
    const message = '[hearken] position must be one of bottom-right, bottom-left, bottom, center, got "top"';
    expect(errors.mock.calls.map((call) => call[0])).toEqual([message]);
    await vi.waitFor(() => expect(heard).toEqual([message]));
    expect(typeof hearken.show).toBe('function');
  });
});

describe('defineHearkenElement', () => {
  it('defines an element of the given name that draws its survey inside itself, with the defaults under its attributes', async () => {
    const { batches, transport } = collector();
    defineHearkenElement('northwind-survey', { transport, brand: 'Northwind', survey: 'nps' });
    document.body.innerHTML = '<northwind-survey survey="csat" subject="your order"></northwind-survey>';
    const el = document.body.firstElementChild as HTMLElement;
    await vi.waitFor(() => expect(hosts(el)).toHaveLength(1));
    const root = shadow(0, el);
    expect(root.textContent).toContain('How satisfied are you with your order?');
    await pick(4, root);
    await vi.waitFor(() => button('Skip', root));
    button('Skip', root).click();
    await vi.waitFor(() => expect(batches).toHaveLength(1));
    expect(batches[0]![0]).toMatchObject({ survey: 'csat', score: 4 });
    el.remove();
  });

  it('does nothing, quietly, when the name is taken', () => {
    class Taken extends HTMLElement {}
    customElements.define('taken-survey', Taken);
    expect(() => defineHearkenElement('taken-survey')).not.toThrow();
    expect(customElements.get('taken-survey')).toBe(Taken);
  });
});
