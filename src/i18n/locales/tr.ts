import type { Texts } from '../types';

/** Turkish texts (formal "siz"). */
export const tr: Texts = {
  // An object right before the verb needs no case ending ("Trendyol tavsiye ederim"), so any brand fits; the default carries its own.
  npsQuestion: 'Bir arkadaşınıza veya iş arkadaşınıza {brand} tavsiye etme olasılığınız nedir?',
  // The colon keeps the host's subject free of the ablative ending and its vowel harmony.
  csatQuestion: '{subject}: ne kadar memnun kaldınız?',
  cesQuestion: 'Benim için {task} kolaydı.',
  // "sayesinde" follows any noun unchanged.
  cesBrandQuestion: '{brand} sayesinde {task} kolaydı.',
  npsLow: 'Hiç olası değil',
  npsHigh: 'Son derece olası',
  csatLow: 'Hiç memnun değilim',
  csatHigh: 'Çok memnunum',
  cesLow: 'Kesinlikle katılmıyorum',
  cesHigh: 'Kesinlikle katılıyorum',
  followUpNegative: 'Neyi iyileştirmeliyiz?',
  followUpNeutral: 'Daha iyi olması için ne yapabiliriz?',
  followUpPositive: 'En çok neyi beğendiniz?',
  commentPlaceholder: 'Yorumunuz (isteğe bağlı)',
  submit: 'Gönder',
  skip: 'Atla',
  close: 'Kapat',
  thanks: 'Teşekkürler!',
  thanksDetail: 'Görüşleriniz gelişmemize yardımcı oluyor.',
  dialogLabel: 'Geri bildirim',
  // Turkish names the whole first: "10 üzerinden 7".
  scoreLabel: '{max} üzerinden {score}',
  brand: 'bizi',
  subject: 'Deneyiminiz',
  task: 'ihtiyacım olanı almak',
  reasonsLabel: 'Konu neydi?',
  reasonsHint: 'Uygun olanların hepsini seçin.',
  contactQuestion: 'Bu konuda sizinle iletişime geçebilir miyiz?',
  contactPurpose: 'Bu bilgiyi yalnızca bu geri bildirimle ilgili size dönüş yapmak için kullanacağız.',
  contactConsent: 'Evet, bu konuda benimle iletişime geçebilirsiniz',
  contactEmail: 'E-posta adresiniz',
  contactPhone: 'Telefon numaranız',
  contactKnown: 'Hesabınızdaki iletişim bilgilerini kullanacağız.',
  invalidEmail: 'name@example.com gibi bir e-posta adresi girin.',
  invalidPhone: '+44 20 7946 0958 gibi, ülke koduyla birlikte bir telefon numarası girin.',
  reviewLabel: 'Deneyiminizi paylaşın',
  newTab: 'yeni sekmede açılır',
};
