import type { Texts } from '../types';

/** Hebrew texts (plural "you", which reads gender-neutral; right-to-left). */
export const he: Texts = {
  // "עלינו" fuses the preposition with "us", so the default brand is a noun phrase.
  npsQuestion: 'עד כמה סביר שתמליצו על {brand} לחבר או לעמית?',
  // The prefix מ־ joins the host's subject, as Hebrew writes it ("מהשירות").
  csatQuestion: 'עד כמה אתם מרוצים מ{subject}?',
  cesQuestion: 'היה לי קל {task}.',
  // "בזכות" (thanks to) spares a verb that would have to agree with the gender of the host's brand.
  cesBrandQuestion: 'בזכות {brand} היה לי קל {task}.',
  npsLow: 'בכלל לא סביר',
  npsHigh: 'סביר מאוד',
  csatLow: 'מאוד לא מרוצה',
  csatHigh: 'מרוצה מאוד',
  cesLow: 'בכלל לא מסכים',
  cesHigh: 'מסכים מאוד',
  followUpNegative: 'מה כדאי לנו לשפר?',
  followUpNeutral: 'מה היה משפר את החוויה?',
  followUpPositive: 'מה הכי אהבתם?',
  commentPlaceholder: 'התגובה שלכם (לא חובה)',
  submit: 'שליחה',
  skip: 'דילוג',
  close: 'סגירה',
  thanks: 'תודה רבה!',
  thanksDetail: 'המשוב שלכם עוזר לנו להשתפר.',
  dialogLabel: 'משוב',
  scoreLabel: '{score} מתוך {max}',
  brand: 'החברה שלנו',
  subject: 'החוויה שלכם',
  task: 'למצוא את מה שחיפשתי',
  reasonsLabel: 'במה זה היה קשור?',
  reasonsHint: 'סמנו את כל מה שמתאים.',
  contactQuestion: 'אפשר ליצור איתכם קשר בנושא?',
  contactPurpose: 'נשתמש בפרטים רק כדי לחזור אליכם בנוגע למשוב הזה.',
  contactConsent: 'כן, אפשר ליצור איתי קשר בנושא',
  contactEmail: 'כתובת האימייל שלכם',
  contactPhone: 'מספר הטלפון שלכם',
  contactKnown: 'נשתמש בפרטי הקשר שבחשבון שלכם.',
  invalidEmail: 'הזינו כתובת אימייל, למשל name@example.com.',
  invalidPhone: 'הזינו מספר טלפון עם קידומת המדינה, למשל \u2066+44 20 7946 0958\u2069.',
  reviewLabel: 'שתפו את החוויה שלכם',
  newTab: 'נפתח בכרטיסייה חדשה',
};
