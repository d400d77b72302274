// dist/hearken-follow-up.js: loaded by dist/hearken-ui.js once the question is on screen (or at once when a score is
// picked before then): preact, and the comment step, reasons, contact request, thank-you and review link drawn with
// it, their stylesheet, the loop options' checks and the comment scrubbing. Built as a function on
// window.__hearkenFollowUp that is handed hearken-ui.js's signals core (rollup.config.mjs), so that its components
// follow the state the question made.
export { followUpKit } from './ui/index';
