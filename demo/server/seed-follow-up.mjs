/**
 * The follow-up of a sample answer (issue 13): the reasons picked, and a consented contact request. Reason
 * keys are those the shop's prompts offer (`data-reasons` on demo/shop/index.html, keys derived from the
 * labels), so sample and real answers group together on the dashboard.
 */
import { weighted } from './seed-random.mjs';

/** Reason keys per survey and touchpoint, with how often each is picked (the main complaint first). */
export const REASONS = {
  nps: [['delivery-time', 3], ['price', 4], ['product-quality', 3], ['website', 2], ['support', 1]],
  csat: [['delivery-time', 4], ['packaging', 2], ['price', 2], ['website', 2], ['support', 1]],
};
const NAMES = ['alex', 'sam', 'maria', 'jonas', 'chloe', 'pablo', 'ola', 'lea', 'tom', 'ines', 'marek', 'julia'];


/**
 * Adds `reasons` and `contact` to a sample answer, as visitors answer the follow-up: reasons from most who
 * are not in the top segment (mostly about delivery while the carrier was late), a contact request from one
 * in eight unhappy ones — by email or phone, with the value typed in unless they are signed in.
 * @param {Record<string, any>} answer
 * @param {number} level 0 negative, 1 neutral, 2 positive
 * @param {boolean} late whether the sample's delivery delay was on
 * @param {() => number} rnd
 */
export function addFollowUp(answer, level, late, rnd) {
  const offered = /** @type {[string, number][] | undefined} */ (REASONS[/** @type {'nps'} */ (answer.survey)]);
  if (offered && level < 2 && rnd() < 0.7) {
    const pairs = late ? offered.map(([key, w]) => /** @type {[string, number]} */ ([key, key == 'delivery-time' ? w * 6 : w])) : offered;
    const first = weighted(rnd, pairs);
    const second = rnd() < 0.35 ? weighted(rnd, pairs.filter(([key]) => key != first)) : undefined;
    answer.reasons = second ? [first, second] : [first];
  }
  if (level == 0 && rnd() < 0.12) {
    const channel = rnd() < 0.75 ? 'email' : 'phone';
    const name = NAMES[Math.floor(rnd() * NAMES.length)];
    const number = String(Math.floor(rnd() * 1000)).padStart(3, '0');
    /** @type {{ consent: true, channel: string, value?: string }} */
    const contact = { consent: true, channel };
    // example.com and Ofcom's drama range are reserved for examples: nobody is reached by mistake
    if (!answer.userId) contact.value = channel == 'email' ? `${name}.${number}@example.com` : `+44 20 7946 0${number}`;
    answer.contact = contact;
  }
}
