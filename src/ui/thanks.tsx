import type { PromptModel } from './types';

/** What the thank-you step needs. */
export interface ThanksProps {
  model: PromptModel;
  /** Called when the visitor opens the review link. */
  review(): void;
}

/**
 * The thank-you step, and the review link when there is one: offered to everyone who finished, whatever
 * their score; it opens in a new tab (said to screen readers) without giving the review site the page.
 */
export function Thanks({ model, review }: ThanksProps) {
  const texts = model.texts;
  return (
    <>
      <p id="hk-question" class="hk-question">
        {texts.thanks}
      </p>
      <p class="hk-detail">{texts.thanksDetail}</p>
      {model.review && (
        <a class="hk-primary hk-link-button" href={model.review.url} target="_blank" rel="noopener noreferrer" onClick={review}>
          {model.review.label}
          <span aria-hidden="true">↗</span>
          <span class="hk-visually-hidden"> ({texts.newTab})</span>
        </a>
      )}
    </>
  );
}
