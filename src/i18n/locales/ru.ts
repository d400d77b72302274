import type { Texts } from '../../types';

/** Russian texts (formal "вы"). */
export const ru: Texts = {
  npsQuestion: 'Насколько вероятно, что вы порекомендуете {brand} другу или коллеге?',
  // The colon keeps the host's subject in the nominative ("довольны" would need the instrumental).
  csatQuestion: '{subject}: насколько вы довольны?',
  cesQuestion: 'Мне было легко {task}.',
  // Present tense: a past verb would have to agree with the gender of the host's brand (nominative here).
  cesBrandQuestion: '{brand} позволяет мне легко {task}.',
  npsLow: 'Точно не порекомендую',
  npsHigh: 'Обязательно порекомендую',
  csatLow: 'Очень недоволен',
  csatHigh: 'Очень доволен',
  cesLow: 'Полностью не согласен',
  cesHigh: 'Полностью согласен',
  followUpNegative: 'Что нам стоит улучшить?',
  followUpNeutral: 'Что можно сделать лучше?',
  followUpPositive: 'Что вам нравится больше всего?',
  commentPlaceholder: 'Ваш комментарий (необязательно)',
  submit: 'Отправить',
  skip: 'Пропустить',
  close: 'Закрыть',
  thanks: 'Спасибо!',
  thanksDetail: 'Ваш отзыв помогает нам стать лучше.',
  dialogLabel: 'Отзыв',
  scoreLabel: '{score} из {max}',
  brand: 'нас',
  subject: 'Наш сервис',
  task: 'получить то, что нужно',
};
