/**
 * What the demo needs to know about hearken's surveys, read off hearken's own helpers instead of copied:
 * the segments of a survey (negative → neutral → positive) and the scales it may be asked on. The server
 * passes the helpers of the built package (`import … from 'hearken'`), the dashboard those of
 * /dist/index.js, the tests those of src/ — one definition everywhere.
 */

/**
 * @typedef {'nps' | 'csat' | 'ces'} SurveyKind
 * @typedef {{ min: number, max: number }} Scale
 * @typedef {object} SurveyHelpers hearken's `segmentOf` and `scaleFor`
 * @property {(survey: SurveyKind, score: number, scale: Scale) => string} segmentOf
 * @property {(survey: SurveyKind, points?: number) => Scale | undefined} scaleFor
 */

/** Every survey hearken knows. */
export const SURVEY_KINDS = /** @type {SurveyKind[]} */ (['nps', 'csat', 'ces']);

/**
 * The segments of a survey, negative → neutral → positive, as `segmentOf` gives them over the default scale.
 * @param {SurveyKind} survey
 * @param {SurveyHelpers} helpers
 * @returns {string[]}
 */
export function segmentsOf(survey, { segmentOf, scaleFor }) {
  const scale = /** @type {Scale} */ (scaleFor(survey));
  /** @type {string[]} */
  const segments = [];
  for (let score = scale.min; score <= scale.max; score++) {
    const segment = segmentOf(survey, score, scale);
    if (!segments.includes(segment)) segments.push(segment);
  }
  return segments;
}

/**
 * The scales a survey may be asked on, the ones `scaleFor` accepts (nps 0–10, csat 1–3 and 1–5, ces 1–5 and 1–7).
 * @param {SurveyKind} survey
 * @param {SurveyHelpers} helpers
 * @returns {Scale[]}
 */
export function scalesOf(survey, { scaleFor }) {
  /** @type {Scale[]} */
  const scales = [];
  for (let points = 2; points <= 11; points++) {
    const scale = scaleFor(survey, points);
    if (scale) scales.push(scale);
  }
  return scales;
}

/**
 * Whether a score is negative (0), neutral (1) or positive (2) on its scale.
 * @param {SurveyKind} survey
 * @param {number} score
 * @param {Scale} scale
 * @param {SurveyHelpers} helpers
 */
export function levelOf(survey, score, scale, helpers) {
  return Math.max(0, segmentsOf(survey, helpers).indexOf(helpers.segmentOf(survey, score, scale)));
}
