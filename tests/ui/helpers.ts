import { vi } from 'vitest';
import type { Texts } from '../../src/types';
import type { PromptCallbacks, PromptModel } from '../../src/ui/render';

/** English texts, placeholders filled. */
export const texts: Texts = {
  npsQuestion: 'How likely are you to recommend Acme to a friend?',
  csatQuestion: 'How satisfied are you with checkout?',
  cesQuestion: 'How easy was it to pay?',
  cesBrandQuestion: 'Acme made it easy for me to pay.',
  npsLow: 'Not at all likely',
  npsHigh: 'Extremely likely',
  csatLow: 'Very unsatisfied',
  csatHigh: 'Very satisfied',
  cesLow: 'Very difficult',
  cesHigh: 'Very easy',
  followUpNegative: 'What went wrong?',
  followUpNeutral: 'What could we do better?',
  followUpPositive: 'What did you like?',
  commentPlaceholder: 'Your comment (optional)',
  submit: 'Send',
  skip: 'Skip',
  close: 'Close',
  thanks: 'Thank you!',
  thanksDetail: 'Your feedback helps us improve.',
  dialogLabel: 'Feedback',
  scoreLabel: '{score} of {max}',
  brand: 'Acme',
  subject: 'checkout',
  task: 'pay',
  reasonsLabel: 'What was it about?',
  reasonsHint: 'Choose all that apply.',
  contactQuestion: 'May we contact you about this?',
  contactPurpose: 'We will only use it to follow up on this feedback.',
  contactConsent: 'Yes, you may contact me about this',
  contactEmail: 'Your email',
  contactPhone: 'Your phone number',
  contactKnown: 'We will use the contact details of your account.',
  invalidEmail: 'Enter an email address like name@example.com.',
  invalidPhone: 'Enter a phone number with its country code, like +44 20 7946 0958.',
  reviewLabel: 'Share your experience',
  newTab: 'opens in a new tab',
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

/** Lets preact and signals apply the updates they queued (a few microtasks; no timers). */
export async function settle() {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

/** The shadow root of the n-th prompt host on the page. */
export function shadow(n = 0): ShadowRoot {
  return document.querySelectorAll('hearken-prompt')[n]!.shadowRoot!;
}

/** The scale options of a prompt. */
export function radios(root: ShadowRoot = shadow()): HTMLButtonElement[] {
  return [...root.querySelectorAll<HTMLButtonElement>('[role=radio]')];
}

/** Dispatches a keydown the way a browser does (bubbling, cancelable, composed). */
export function press(el: Element, key: string): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true });
  el.dispatchEvent(e);
  return e;
}

/** Renders a prompt of `model(over)` and picks `score`: at its follow-up step, with the callbacks (and `onReview`). */
export async function atFollowUp(score: number, over: Partial<PromptModel> = {}) {
  const calls = { ...spies(), onReview: vi.fn() };
  const { renderPrompt } = await import('../../src/ui/render');
  const handle = renderPrompt(document.body, model(over), calls);
  radios()[score - model(over).scale.min]!.click();
  await settle();
  return { calls, handle };
}

/** A control of the prompt by its label's text (`<label>` around it or `for` it). */
export function labelled(text: string, root: ShadowRoot = shadow()): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent!.trim() == text);
  const control = label && ((label.htmlFor && root.getElementById(label.htmlFor)) || label.querySelector('input'));
  if (!control) throw new Error(`no control labelled "${text}" in the prompt`);
  return control as HTMLInputElement;
}
