import type { Texts } from '../../types';

/** Arabic texts (Modern Standard Arabic; right-to-left). */
export const ar: Texts = {
  // "ترشّح" takes a direct object, so the host's brand needs no attached preposition.
  npsQuestion: 'ما مدى احتمال أن ترشّح {brand} لصديق أو زميل؟',
  csatQuestion: 'ما مدى رضاك عن {subject}؟',
  cesQuestion: 'كان من السهل عليّ {task}.',
  // "بفضل" (thanks to) spares a verb that would have to agree with the gender of the host's brand.
  cesBrandQuestion: 'بفضل {brand}، كان من السهل عليّ {task}.',
  npsLow: 'غير محتمل إطلاقًا',
  npsHigh: 'محتمل جدًا',
  csatLow: 'غير راضٍ تمامًا',
  csatHigh: 'راضٍ تمامًا',
  cesLow: 'لا أوافق بشدة',
  cesHigh: 'أوافق بشدة',
  followUpNegative: 'ما الذي ينبغي أن نحسّنه؟',
  followUpNeutral: 'ما الذي قد يجعل تجربتك أفضل؟',
  followUpPositive: 'ما أكثر ما أعجبك؟',
  commentPlaceholder: 'تعليقك (اختياري)',
  submit: 'إرسال',
  skip: 'تخطٍّ',
  close: 'إغلاق',
  thanks: 'شكرًا لك!',
  thanksDetail: 'ملاحظاتك تساعدنا على التحسّن.',
  dialogLabel: 'رأيك',
  scoreLabel: '{score} من {max}',
  brand: 'شركتنا',
  subject: 'تجربتك',
  task: 'الحصول على ما أحتاج إليه',
};
