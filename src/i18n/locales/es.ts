import type { Texts } from '../../types';

/** Spanish texts (formal "usted", neutral between Spain and Latin America). */
export const es: Texts = {
  // "nos" would have to attach to the verb, so the default brand is a noun phrase.
  npsQuestion: '¿Qué probabilidad hay de que recomiende {brand} a un amigo o colega?',
  csatQuestion: '¿Cuál es su grado de satisfacción con {subject}?',
  cesQuestion: 'Me resultó fácil {task}.',
  cesBrandQuestion: '{brand} me facilitó {task}.',
  npsLow: 'Nada probable',
  npsHigh: 'Extremadamente probable',
  csatLow: 'Muy insatisfecho',
  csatHigh: 'Muy satisfecho',
  cesLow: 'Totalmente en desacuerdo',
  cesHigh: 'Totalmente de acuerdo',
  followUpNegative: '¿Qué deberíamos mejorar?',
  followUpNeutral: '¿Qué podríamos hacer mejor?',
  followUpPositive: '¿Qué es lo que más le gusta?',
  commentPlaceholder: 'Su comentario (opcional)',
  submit: 'Enviar',
  skip: 'Omitir',
  close: 'Cerrar',
  thanks: '¡Gracias!',
  thanksDetail: 'Sus comentarios nos ayudan a mejorar.',
  dialogLabel: 'Su opinión',
  scoreLabel: '{score} de {max}',
  brand: 'nuestra empresa',
  subject: 'su experiencia',
  task: 'conseguir lo que necesitaba',
};
