import type { Texts } from '../../types';

/** Polish texts (informal "Ty", usual on Polish websites). */
export const pl: Texts = {
  npsQuestion: 'Na ile prawdopodobne jest, że polecisz {brand} znajomemu lub współpracownikowi?',
  // The colon keeps the host's subject in the nominative ("zadowolony z" would need the genitive).
  csatQuestion: '{subject}: jak bardzo jesteś zadowolony?',
  cesQuestion: 'Łatwo mi było {task}.',
  // Present tense: a past verb would have to agree with the gender of the host's brand (nominative here).
  cesBrandQuestion: '{brand} pozwala mi łatwo {task}.',
  npsLow: 'Zupełnie nieprawdopodobne',
  npsHigh: 'Bardzo prawdopodobne',
  csatLow: 'Bardzo niezadowolony',
  csatHigh: 'Bardzo zadowolony',
  cesLow: 'Zdecydowanie się nie zgadzam',
  cesHigh: 'Zdecydowanie się zgadzam',
  followUpNegative: 'Co powinniśmy poprawić?',
  followUpNeutral: 'Co moglibyśmy zrobić lepiej?',
  followUpPositive: 'Co podoba Ci się najbardziej?',
  commentPlaceholder: 'Twój komentarz (opcjonalnie)',
  submit: 'Wyślij',
  skip: 'Pomiń',
  close: 'Zamknij',
  thanks: 'Dziękujemy!',
  thanksDetail: 'Twoja opinia pomaga nam się rozwijać.',
  dialogLabel: 'Opinia',
  scoreLabel: '{score} z {max}',
  brand: 'nas',
  subject: 'Nasza obsługa',
  task: 'załatwić swoją sprawę',
};
