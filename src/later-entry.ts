// dist/hearken-follow-up.js: loaded by dist/hearken-ui.js once the question is on screen (or at once when a score is
// picked before then): the comment step, reasons, contact request, thank-you and review link, their stylesheet, the
// loop options' checks and the comment scrubbing. Built as a function on window.__hearkenFollowUp that is handed
// hearken-ui.js's preact (rollup.config.mjs), so that both files draw with one preact.
export { followUpKit } from './ui/index';
