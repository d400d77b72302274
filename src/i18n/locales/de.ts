import type { Texts } from '../../types';

/** German texts (formal "Sie"). */
export const de: Texts = {
  npsQuestion: 'Wie wahrscheinlich ist es, dass Sie {brand} einem Freund oder Kollegen empfehlen?',
  csatQuestion: 'Wie zufrieden sind Sie mit {subject}?',
  // A modal verb takes the task as a bare infinitive, so hosts need no "zu".
  cesQuestion: 'Ich konnte ganz einfach {task}.',
  // The same modal verb, so the task stays a bare infinitive with or without a brand.
  cesBrandQuestion: 'Mit {brand} konnte ich ganz einfach {task}.',
  npsLow: 'Überhaupt nicht wahrscheinlich',
  npsHigh: 'Äußerst wahrscheinlich',
  csatLow: 'Sehr unzufrieden',
  csatHigh: 'Sehr zufrieden',
  cesLow: 'Stimme überhaupt nicht zu',
  cesHigh: 'Stimme voll und ganz zu',
  followUpNegative: 'Was sollten wir verbessern?',
  followUpNeutral: 'Was würde es noch besser machen?',
  followUpPositive: 'Was gefällt Ihnen am besten?',
  commentPlaceholder: 'Ihr Kommentar (optional)',
  submit: 'Senden',
  skip: 'Überspringen',
  close: 'Schließen',
  thanks: 'Vielen Dank!',
  thanksDetail: 'Ihr Feedback hilft uns, besser zu werden.',
  dialogLabel: 'Feedback',
  scoreLabel: '{score} von {max}',
  brand: 'uns',
  subject: 'unserem Angebot',
  task: 'erledigen, was ich vorhatte',
};
