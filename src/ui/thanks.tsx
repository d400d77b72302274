import type { PromptModel } from './render';

/** What the thank-you step needs. */
export interface ThanksProps {
  m: PromptModel;
  /** Called when the visitor opens the review link. */
  review(): void;
}

/**
 * The thank-you step, and the review link when there is one: offered to everyone who finished, whatever
 * their score; it opens in a new tab (said to screen readers) without giving the review site the page.
 */
export function Thanks({ m, review }: ThanksProps) {
  const t = m.texts;
  return (
    <>
      <p id="q" class="q">
        {t.thanks}
      </p>
      <p class="d">{t.thanksDetail}</p>
      {m.review && (
        <a class="p v" href={m.review.url} target="_blank" rel="noopener noreferrer" onClick={review}>
          {m.review.label}
          <span aria-hidden="true">↗</span>
          <span class="sr"> ({t.newTab})</span>
        </a>
      )}
    </>
  );
}
