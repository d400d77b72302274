import type { Texts } from '../types';

/** Bulgarian texts (formal "вие"). */
export const bg: Texts = {
  // The clitic "ни" would have to precede the verb, so the default brand is a noun phrase.
  npsQuestion: 'Колко вероятно е да препоръчате {brand} на приятел или колега?',
  csatQuestion: 'Доколко сте доволни от {subject}?',
  // Bulgarian has no infinitive: the task carries its own "да" and first-person verb.
  cesQuestion: 'Беше ми лесно {task}.',
  // The aorist "помогна" is the same for every gender of the host's brand.
  cesBrandQuestion: '{brand} ми помогна лесно {task}.',
  npsLow: 'Изобщо не е вероятно',
  npsHigh: 'Изключително вероятно',
  csatLow: 'Много недоволен',
  csatHigh: 'Много доволен',
  cesLow: 'Напълно несъгласен',
  cesHigh: 'Напълно съгласен',
  followUpNegative: 'Какво трябва да подобрим?',
  followUpNeutral: 'Какво бихме могли да направим по-добре?',
  followUpPositive: 'Какво ви харесва най-много?',
  commentPlaceholder: 'Вашият коментар (по желание)',
  submit: 'Изпрати',
  skip: 'Пропусни',
  close: 'Затвори',
  thanks: 'Благодарим ви!',
  thanksDetail: 'Вашето мнение ни помага да ставаме по-добри.',
  dialogLabel: 'Обратна връзка',
  scoreLabel: '{score} от {max}',
  brand: 'нашата компания',
  subject: 'нашите услуги',
  task: 'да получа това, което ми трябваше',
  reasonsLabel: 'За какво се отнасяше?',
  reasonsHint: 'Изберете всички подходящи отговори.',
  contactQuestion: 'Можем ли да се свържем с вас по този въпрос?',
  contactPurpose: 'Ще ги използваме само за да отговорим на този отзив.',
  contactConsent: 'Да, можете да се свържете с мен по този въпрос',
  contactEmail: 'Вашият имейл',
  contactPhone: 'Вашият телефонен номер',
  contactKnown: 'Ще използваме данните за контакт от вашия профил.',
  invalidEmail: 'Въведете имейл адрес, например name@example.com.',
  invalidPhone: 'Въведете телефонен номер с кода на държавата, например +44 20 7946 0958.',
  reviewLabel: 'Споделете впечатленията си',
  newTab: 'отваря се в нов раздел',
};
