import type { Texts } from '../types';

/** Hungarian texts (formal "Ön"). */
export const hu: Texts = {
  // A possessive construction ("Northwind szolgáltatásait") leaves the host's brand without a case ending.
  npsQuestion: 'Mennyire valószínű, hogy ajánlaná {brand} szolgáltatásait egy barátjának vagy kollégájának?',
  // The colon keeps the host's subject in the nominative ("-val/-vel" would need its vowel harmony).
  csatQuestion: '{subject}: mennyire elégedett vele?',
  cesQuestion: 'Könnyű volt {task}.',
  // "segítségével" follows any noun unchanged.
  cesBrandQuestion: '{brand} segítségével könnyű volt {task}.',
  npsLow: 'Egyáltalán nem valószínű',
  npsHigh: 'Nagyon valószínű',
  csatLow: 'Nagyon elégedetlen',
  csatHigh: 'Nagyon elégedett',
  cesLow: 'Egyáltalán nem értek egyet',
  cesHigh: 'Teljesen egyetértek',
  followUpNegative: 'Min kellene javítanunk?',
  followUpNeutral: 'Mitől lehetne jobb?',
  followUpPositive: 'Mi tetszik Önnek a legjobban?',
  commentPlaceholder: 'Megjegyzése (nem kötelező)',
  submit: 'Küldés',
  skip: 'Kihagyás',
  close: 'Bezárás',
  thanks: 'Köszönjük!',
  thanksDetail: 'Visszajelzése segít nekünk fejlődni.',
  dialogLabel: 'Visszajelzés',
  scoreLabel: '{score}/{max}',
  brand: 'cégünk',
  subject: 'Szolgáltatásunk',
  task: 'elintézni, amit szerettem volna',
  reasonsLabel: 'Mivel volt kapcsolatos?',
  reasonsHint: 'Jelölje be az összes megfelelőt.',
  contactQuestion: 'Megkereshetjük Önt ezzel kapcsolatban?',
  contactPurpose: 'Csak arra használjuk, hogy válaszoljunk erre a visszajelzésre.',
  contactConsent: 'Igen, megkereshetnek ezzel kapcsolatban',
  contactEmail: 'E-mail-címe',
  contactPhone: 'Telefonszáma',
  contactKnown: 'A fiókjában megadott elérhetőségeket használjuk.',
  invalidEmail: 'Adjon meg egy e-mail-címet, például: name@example.com.',
  invalidPhone: 'Adjon meg egy telefonszámot országkóddal, például: +44 20 7946 0958.',
  reviewLabel: 'Ossza meg tapasztalatait',
  newTab: 'új lapon nyílik meg',
};
