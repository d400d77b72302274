import type { Texts } from '../../types';

/** Czech texts (formal "vy", addressed to the public in the plural). */
export const cs: Texts = {
  npsQuestion: 'Jak pravděpodobné je, že byste {brand} doporučili příteli nebo kolegovi?',
  // The colon keeps the host's subject in the nominative ("spokojeni s" would need the instrumental).
  csatQuestion: '{subject}: jak jste spokojeni?',
  cesQuestion: 'Bylo pro mě snadné {task}.',
  // Present tense: a past verb would have to agree with the gender of the host's brand (nominative here).
  cesBrandQuestion: '{brand} mi umožňuje snadno {task}.',
  npsLow: 'Vůbec nepravděpodobné',
  npsHigh: 'Velmi pravděpodobné',
  csatLow: 'Velmi nespokojený',
  csatHigh: 'Velmi spokojený',
  cesLow: 'Rozhodně nesouhlasím',
  cesHigh: 'Rozhodně souhlasím',
  followUpNegative: 'Co bychom měli zlepšit?',
  followUpNeutral: 'Co bychom mohli udělat lépe?',
  followUpPositive: 'Co se vám líbí nejvíc?',
  commentPlaceholder: 'Váš komentář (nepovinné)',
  submit: 'Odeslat',
  skip: 'Přeskočit',
  close: 'Zavřít',
  thanks: 'Děkujeme!',
  thanksDetail: 'Vaše zpětná vazba nám pomáhá se zlepšovat.',
  dialogLabel: 'Zpětná vazba',
  scoreLabel: '{score} z {max}',
  brand: 'nás',
  subject: 'Naše služby',
  task: 'vyřídit svou záležitost',
};
