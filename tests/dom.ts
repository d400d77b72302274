/**
 * The one shared helper file of the jsdom tests (the UI, the widget, the script tag, the element): shadow-root
 * queries, key presses, a way to let promises and preact settle without timers, a fake delivery, and the UI's
 * English texts, prompt model and recording callbacks.
 */
import { afterEach, beforeEach, vi } from 'vitest';
import type { Hearken } from '../src/widget/index';
import type { Answer } from '../src/surveys/types';
import type { Texts } from '../src/i18n/types';
import type { Delivery } from '../src/outbox/delivery';
import type { PromptCallbacks, PromptModel } from '../src/ui/render';
import { en } from '../src/i18n/locales/en';

/** A delivery that keeps the answers it is given in `added`; nothing leaves the test. */
export function fakeDelivery() {
  const added: Answer[] = [];
  const delivery = {
    add: vi.fn(async (answer: Answer) => void added.push(answer)),
    flush: vi.fn(async () => {}),
    start: vi.fn(),
    destroy: vi.fn(),
    pending: vi.fn(async () => added.length),
  };
  return { added, delivery: delivery as typeof delivery & Delivery };
}

/** `loadDelivery` of a widget given a shared (fake) delivery, which never loads its own: fails if it is called. */
export const unusedDeliveryCode = () => Promise.reject(new Error('a widget with a shared delivery loaded its own'));

/** Lets the kit load, the outbox store and preact re-render: microtasks only, no clock. */
export async function settle(rounds = 30) {
  for (let i = 0; i < rounds; i++) await Promise.resolve();
}

/** Every prompt host on the page (or under `root`). */
export function hosts(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('hearken-prompt')];
}

/** The shadow root of the n-th prompt host. */
export function shadow(n = 0, root: ParentNode = document): ShadowRoot {
  const host = hosts(root)[n];
  if (!host) throw new Error(`no hearken-prompt #${n} on the page`);
  return host.shadowRoot!;
}

/** The scale options of a prompt. */
export function radios(root: ShadowRoot = shadow()): HTMLButtonElement[] {
  return [...root.querySelectorAll<HTMLButtonElement>('[role=radio]')];
}

/** A button of a prompt by its accessible name (aria-label, else text). */
export function button(name: string, root: ShadowRoot = shadow()): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') || b.textContent!.trim()) == name);
  if (!found) throw new Error(`no button "${name}" in the prompt`);
  return found;
}

/** Dispatches a keydown the way a browser does (bubbling, cancelable, composed). */
export function press(el: Element, key: string): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(e);
  return e;
}

/** Picks `score` in the first prompt by clicking its radio (scores counted from the scale's min). */
export async function pick(score: number, root: ShadowRoot = shadow()) {
  const all = radios(root);
  const min = Number(all[0]!.getAttribute('aria-label')!.split(' ')[0]);
  all[score - min]!.click();
  await settle();
}

/** Collects `console.error` calls while a test runs; restore with `spy.mockRestore()`. */
export function captureErrors() {
  return vi.spyOn(console, 'error').mockImplementation(() => {});
}

/**
 * The hooks of a file of `createHearken` tests: each test starts on an empty page with empty storage and
 * `console.error` captured (`onErrors` gets the spy); the widgets it pushes to the list returned are destroyed after
 * it, and its mocks and timers restored.
 */
export function widgetPage(onErrors: (errors: ReturnType<typeof captureErrors>) => void): Hearken[] {
  const widgets: Hearken[] = [];
  beforeEach(() => {
    resetPage();
    onErrors(captureErrors());
  });
  afterEach(() => {
    widgets.splice(0).forEach((w) => w.destroy());
    vi.useRealTimers();
    vi.restoreAllMocks();
  });
  return widgets;
}

/** Clears what an earlier test left on the page: prompts, storage, the html lang. */
export function resetPage() {
  document.body.innerHTML = '';
  document.head.innerHTML = '';
  document.documentElement.lang = '';
  document.documentElement.removeAttribute('dir');
  localStorage.clear();
  sessionStorage.clear();
}

/** English texts, placeholders filled. */
export const texts: Texts = {
  // English, with placeholders filled and a few texts of the tests' own, so a test can tell them from the defaults
  ...en,
  npsQuestion: 'How likely are you to recommend Acme to a friend?',
  csatQuestion: 'How satisfied are you with checkout?',
  cesQuestion: 'How easy was it to pay?',
  cesBrandQuestion: 'Acme made it easy for me to pay.',
  csatLow: 'Very unsatisfied',
  cesLow: 'Very difficult',
  cesHigh: 'Very easy',
  followUpNegative: 'What went wrong?',
  followUpNeutral: 'What could we do better?',
  followUpPositive: 'What did you like?',
  brand: 'Acme',
  subject: 'checkout',
  task: 'pay',
};

/** An NPS model; `over` changes any field. */
export function model(over: Partial<PromptModel> = {}): PromptModel {
  return {
    survey: 'nps',
    scale: { min: 0, max: 10 },
    style: 'numbers',
    question: texts.npsQuestion,
    lowLabel: texts.npsLow,
    highLabel: texts.npsHigh,
    followUp: (score) => (score <= 6 ? texts.followUpNegative : score <= 8 ? texts.followUpNeutral : texts.followUpPositive),
    texts,
    locale: 'en',
    dir: 'ltr',
    position: 'bottom-right',
    theme: 'auto',
    inline: false,
    ...over,
  };
}

/** Callbacks that record their calls. */
export function spies() {
  return { onScore: vi.fn(), onComment: vi.fn(), onClose: vi.fn() } satisfies PromptCallbacks;
}

/** Renders a prompt of `model(over)` and picks `score`: at its follow-up step, with the callbacks (and `onReview`). */
export async function atFollowUp(score: number, over: Partial<PromptModel> = {}) {
  const calls = { ...spies(), onReview: vi.fn() };
  const { renderPrompt } = await import('../src/ui/render');
  const handle = renderPrompt(document.body, model(over), calls);
  radios()[score - model(over).scale.min]!.click();
  await settle();
  return { calls, handle };
}

/** What the prompt says at this step, as a screen reader names its dialog: the text its `aria-labelledby` points to. */
export function dialogName(root: ShadowRoot = shadow()): string | null {
  const id = root.querySelector('[role=dialog]')?.getAttribute('aria-labelledby');
  return (id && root.getElementById(id)?.textContent) ?? null;
}

/** What a screen reader reads with `control` besides its name (the text its `aria-describedby` points to), or null. */
export function description(control: Element, root: ShadowRoot = shadow()): string | null {
  const id = control.getAttribute('aria-describedby');
  return (id && root.getElementById(id)?.textContent) ?? null;
}

/** A control of the prompt by its label's text (`<label>` around it or `for` it). */
export function labelled(text: string, root: ShadowRoot = shadow()): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent!.trim() == text);
  const control = label && ((label.htmlFor && root.getElementById(label.htmlFor)) || label.querySelector('input'));
  if (!control) throw new Error(`no control labelled "${text}" in the prompt`);
  return control as HTMLInputElement;
}

/**
 * Runs the script tag as a browser does: adds `<script src="/dist/hearken.js" …attributes>` (after `body`), makes it
 * the current script and imports src/auto.ts fresh — with src/core.ts, src/delivery-entry.ts and
 * src/messages-entry.ts imported first, as if dist/hearken-core.js, dist/hearken-delivery.js and
 * dist/hearken-messages.js had arrived when asked for (jsdom runs no `<script src>`; the
 * loaders find them on `window.__hearkenCore` and `window.__hearkenDelivery`).
 */
export async function runScriptTag(attributes: Record<string, string>, body = ''): Promise<HTMLScriptElement> {
  document.body.insertAdjacentHTML('beforeend', body);
  const script = document.createElement('script');
  script.setAttribute('src', '/dist/hearken.js');
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  document.head.appendChild(script);
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
  vi.resetModules();
  await import('../src/core');
  await import('../src/delivery-entry');
  await import('../src/triggers-entry');
  await import('../src/checks-entry');
  await import('../src/messages-entry');
  await import('../src/auto');
  await settle();
  return script;
}
