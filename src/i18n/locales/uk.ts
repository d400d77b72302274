import type { Texts } from '../../types';

/** Ukrainian texts (formal "ви"). */
export const uk: Texts = {
  npsQuestion: 'Наскільки ймовірно, що ви порекомендуєте {brand} другові чи колезі?',
  // The colon keeps the host's subject in the nominative ("задоволені" would need the instrumental).
  csatQuestion: '{subject}: наскільки ви задоволені?',
  cesQuestion: 'Мені було легко {task}.',
  // Present tense: a past verb would have to agree with the gender of the host's brand (nominative here).
  cesBrandQuestion: '{brand} дозволяє мені легко {task}.',
  npsLow: 'Точно не порекомендую',
  npsHigh: 'Обов’язково порекомендую',
  csatLow: 'Дуже незадоволений',
  csatHigh: 'Дуже задоволений',
  cesLow: 'Повністю не погоджуюся',
  cesHigh: 'Повністю погоджуюся',
  followUpNegative: 'Що нам варто покращити?',
  followUpNeutral: 'Що можна зробити краще?',
  followUpPositive: 'Що вам подобається найбільше?',
  commentPlaceholder: 'Ваш коментар (необов’язково)',
  submit: 'Надіслати',
  skip: 'Пропустити',
  close: 'Закрити',
  thanks: 'Дякуємо!',
  thanksDetail: 'Ваш відгук допомагає нам ставати кращими.',
  dialogLabel: 'Відгук',
  scoreLabel: '{score} з {max}',
  brand: 'нас',
  subject: 'Наш сервіс',
  task: 'отримати те, що потрібно',
};
