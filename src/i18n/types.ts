/** Every UI string, before placeholders are filled. Placeholders: `{brand}`, `{subject}`, `{task}`. */
export interface Texts {
  npsQuestion: string;
  csatQuestion: string;
  /** The CES statement without a brand of the host's ("It was easy to {task}."). */
  cesQuestion: string;
  /** The CES 2.0 statement, asked when a `brand` is set: "{brand} made it easy for me to {task}." */
  cesBrandQuestion: string;
  npsLow: string;
  npsHigh: string;
  csatLow: string;
  csatHigh: string;
  cesLow: string;
  cesHigh: string;
  /** Follow-up prompt for negative segments (detractor, unsatisfied, difficult). */
  followUpNegative: string;
  /** Follow-up prompt for middle segments. */
  followUpNeutral: string;
  /** Follow-up prompt for positive segments (promoter, satisfied, easy). */
  followUpPositive: string;
  commentPlaceholder: string;
  submit: string;
  skip: string;
  close: string;
  thanks: string;
  thanksDetail: string;
  /**
   * "Feedback": no step shows it (the dialog is named by its step's heading). Kept so that a `texts` override naming it
   * stays valid; it comes with the steps after the score (`LATER_KEYS`), off the question's path.
   */
  dialogLabel: string;
  /** Accessible name of one scale option: `{score}` of `{max}`. */
  scoreLabel: string;
  /** Default values for the placeholders. */
  brand: string;
  subject: string;
  task: string;
  /** Accessible label of the group of reason chips on the follow-up step: "What was it about?" */
  reasonsLabel: string;
  /** Instructions under the reasons' label: "Choose all that apply." */
  reasonsHint: string;
  /** The contact request's question: "May we contact you about this?" */
  contactQuestion: string;
  /** The contact request's purpose, in one line, when the owner sets none (`data-contact-purpose`). */
  contactPurpose: string;
  /** Label of the unchecked consent control: "Yes, you may contact me about this". */
  contactConsent: string;
  /** Label of the email field of the contact request. */
  contactEmail: string;
  /** Label of the phone field of the contact request. */
  contactPhone: string;
  /** Shown instead of a field when the visitor is identified: the account's details will be used. */
  contactKnown: string;
  /** Inline error for an email address that is not one, with an example. */
  invalidEmail: string;
  /** Inline error for a phone number that is not one, with an example in international form. */
  invalidPhone: string;
  /** Default label of the review link on the thank-you step (`data-review-label`). */
  reviewLabel: string;
  /** Said by screen readers after a link that opens a new tab: "opens in a new tab". */
  newTab: string;
}
