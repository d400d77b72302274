import type { Texts } from '../types';

/** Finnish texts ("sinä", as Finnish sites address everyone). */
export const fi: Texts = {
  // The host's brand stands uninflected, as Finnish product copy writes foreign names; the default is the partitive "meitä".
  npsQuestion: 'Kuinka todennäköisesti suosittelisit {brand} ystävällesi tai kollegallesi?',
  // The colon keeps the host's subject in the nominative ("tyytyväinen" would need the illative).
  csatQuestion: '{subject}: kuinka tyytyväinen olet?',
  cesQuestion: 'Minun oli helppo {task}.',
  // The colon again: "{brand}" in any case ending would need its vowel harmony.
  cesBrandQuestion: '{brand}: minun oli helppo {task}.',
  npsLow: 'Erittäin epätodennäköisesti',
  npsHigh: 'Erittäin todennäköisesti',
  csatLow: 'Erittäin tyytymätön',
  csatHigh: 'Erittäin tyytyväinen',
  cesLow: 'Täysin eri mieltä',
  cesHigh: 'Täysin samaa mieltä',
  followUpNegative: 'Mitä meidän pitäisi parantaa?',
  followUpNeutral: 'Mikä tekisi siitä paremman?',
  followUpPositive: 'Mistä pidät eniten?',
  commentPlaceholder: 'Kommenttisi (vapaaehtoinen)',
  submit: 'Lähetä',
  skip: 'Ohita',
  close: 'Sulje',
  thanks: 'Kiitos!',
  thanksDetail: 'Palautteesi auttaa meitä kehittymään.',
  dialogLabel: 'Palaute',
  // "7/10" is how Finnish writes a score; "kymmenestä" would need the number in the elative.
  scoreLabel: '{score}/{max}',
  brand: 'meitä',
  subject: 'Kokemuksesi',
  task: 'saada tarvitsemani',
  reasonsLabel: 'Mitä asia koski?',
  reasonsHint: 'Valitse kaikki sopivat.',
  contactQuestion: 'Saammeko ottaa sinuun yhteyttä tästä asiasta?',
  contactPurpose: 'Käytämme tietoja vain tähän palautteeseen vastaamiseen.',
  contactConsent: 'Kyllä, minuun saa ottaa yhteyttä tästä asiasta',
  contactEmail: 'Sähköpostiosoitteesi',
  contactPhone: 'Puhelinnumerosi',
  contactKnown: 'Käytämme tilisi yhteystietoja.',
  invalidEmail: 'Anna sähköpostiosoite, esimerkiksi name@example.com.',
  invalidPhone: 'Anna puhelinnumero maatunnuksen kanssa, esimerkiksi +44 20 7946 0958.',
  reviewLabel: 'Kerro kokemuksestasi',
  newTab: 'avautuu uudelle välilehdelle',
};
