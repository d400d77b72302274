import type { Texts } from '../../types';

/** English texts: the reference every other locale mirrors. */
export const en: Texts = {
  npsQuestion: 'How likely are you to recommend {brand} to a friend or colleague?',
  csatQuestion: 'How satisfied are you with {subject}?',
  // The default brand "us" cannot be a sentence's subject, so without a brand of the host's CES leaves {brand} out.
  cesQuestion: 'It was easy to {task}.',
  cesBrandQuestion: '{brand} made it easy for me to {task}.',
  npsLow: 'Not at all likely',
  npsHigh: 'Extremely likely',
  csatLow: 'Very dissatisfied',
  csatHigh: 'Very satisfied',
  cesLow: 'Strongly disagree',
  cesHigh: 'Strongly agree',
  followUpNegative: 'What should we improve?',
  followUpNeutral: 'What would make it better?',
  followUpPositive: 'What do you like most?',
  commentPlaceholder: 'Your comment (optional)',
  submit: 'Send',
  skip: 'Skip',
  close: 'Close',
  thanks: 'Thank you!',
  thanksDetail: 'Your feedback helps us improve.',
  dialogLabel: 'Feedback',
  scoreLabel: '{score} of {max}',
  brand: 'us',
  subject: 'your experience',
  task: 'get what I needed',
};
