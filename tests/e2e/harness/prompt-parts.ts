/**
 * The prompt's parts as CSS selectors inside its shadow root, by role, attribute and place. The browser suites run
 * on dist/, whose build shortens the prompt's own class names and ids (scripts/short-classes.mjs), so they never
 * name those: prefix a part with `hearken-prompt ` (playwright) or `hearken-prompt >>> ` (the engines harness).
 */
export const PARTS = {
  dialog: '[role=dialog]',
  /** The close button: the dialog's own button named by aria-label. */
  close: '[role=dialog] > button[aria-label]',
  /**
   * What the prompt says at this step, first in the step's place after the close button: the question, the follow-up
   * (the comment box's label), the thanks.
   */
  heading: '[role=dialog] > button + div > :first-child',
  /** The words at the two ends of the scale, under it. */
  scaleEnds: '[role=radiogroup] + div',
  /** The reasons' checkboxes, between the follow-up and the comment box. */
  reasons: '[role=dialog] > div > label + fieldset',
  /** The contact request, after the comment box. */
  contact: 'textarea ~ fieldset',
  contactConsent: 'textarea ~ fieldset input[type=checkbox]',
  /** The paragraph under the contact request's legend: what the contact is for. */
  contactPurpose: 'textarea ~ fieldset > legend + p',
  /** The email or phone field. */
  contactField: 'input[autocomplete]',
  contactError: 'input[autocomplete] + p',
  /** The row of Skip and Send under the comment box. */
  actions: 'textarea ~ div:not([aria-live])',
  skip: 'textarea ~ div > button:first-child',
  send: 'textarea ~ div > button:last-child',
  /** The thank-you step's second paragraph, under the thanks. */
  thanksDetail: '[role=dialog] > div > p + p',
};

/**
 * Waits until the element and everything in it have finished animating (the prompt's entry moves it 8 px and fades it
 * in): where it comes to rest, and the colours it ends with, are what a visitor sees. At once where nothing animates
 * (`prefers-reduced-motion: reduce`).
 */
export function atRest(element: { evaluate<R>(fn: (el: Element) => R | Promise<R>): Promise<R> }): Promise<unknown> {
  return element.evaluate((el) => Promise.all(el.getAnimations({ subtree: true }).map((a) => a.finished)));
}
