import type { Texts } from '../types';

/** French texts (formal "vous"; a no-break space before ? and !). */
export const fr: Texts = {
  // "nous" would have to precede the verb, so the default brand is a noun phrase.
  npsQuestion: 'Quelle est la probabilité que vous recommandiez {brand} à un ami ou à un collègue\u00a0?',
  // "concernant" avoids "de le …" → "du …" contractions with the host's subject.
  csatQuestion: 'Quel est votre niveau de satisfaction concernant {subject}\u00a0?',
  cesQuestion: "J'ai pu facilement {task}.",
  // "Avec" neither elides nor contracts with the host's brand ("à Le …", "de Orange").
  cesBrandQuestion: "Avec {brand}, j'ai pu facilement {task}.",
  npsLow: 'Pas du tout probable',
  npsHigh: 'Extrêmement probable',
  csatLow: 'Très insatisfait',
  csatHigh: 'Très satisfait',
  cesLow: "Pas du tout d'accord",
  cesHigh: "Tout à fait d'accord",
  followUpNegative: 'Que devrions-nous améliorer\u00a0?',
  followUpNeutral: 'Que pourrions-nous faire de mieux\u00a0?',
  followUpPositive: "Qu'appréciez-vous le plus\u00a0?",
  commentPlaceholder: 'Votre commentaire (facultatif)',
  submit: 'Envoyer',
  skip: 'Passer',
  close: 'Fermer',
  thanks: 'Merci\u00a0!',
  thanksDetail: 'Vos retours nous aident à nous améliorer.',
  dialogLabel: 'Votre avis',
  scoreLabel: '{score} sur {max}',
  brand: 'notre entreprise',
  subject: 'votre expérience',
  task: "obtenir ce dont j'avais besoin",
  reasonsLabel: "De quoi s'agissait-il\u00a0?",
  reasonsHint: "Choisissez toutes les réponses qui s'appliquent.",
  contactQuestion: 'Pouvons-nous vous contacter à ce sujet\u00a0?',
  contactPurpose: 'Nous les utiliserons uniquement pour donner suite à cet avis.',
  contactConsent: 'Oui, vous pouvez me contacter à ce sujet',
  contactEmail: 'Votre adresse e-mail',
  contactPhone: 'Votre numéro de téléphone',
  contactKnown: 'Nous utiliserons les coordonnées de votre compte.',
  invalidEmail: 'Saisissez une adresse e-mail, par exemple name@example.com.',
  invalidPhone: "Saisissez un numéro de téléphone avec l'indicatif du pays, par exemple +44 20 7946 0958.",
  reviewLabel: 'Partagez votre expérience',
  newTab: "s'ouvre dans un nouvel onglet",
};
