/**
 * Alerts: the demo collector POSTs each consented contact request and each comment of an unhappy visitor
 * (detractor, unsatisfied, difficult) to a webhook (`HEARKEN_WEBHOOK_URL` or `--webhook`), as Slack's
 * incoming webhooks take it: `{ "text": … }`. Sending happens after the answer's 2xx, never before it.
 * A failed alert (network error, timeout, 5xx, 429) is retried after each of `retryMs`; any other 4xx is a
 * mistake in the webhook's URL and is logged, not retried. The contact's address or number is not in the
 * text (the webhook is a third party): the dashboard's "To contact" list has it.
 */
import { scaleFor, segmentOf } from 'hearken';
import { levelOf } from '../shared/surveys.js';

/** Waits before the 1st, 2nd, … retry of a failed alert. */
export const RETRY_MS = [2_000, 10_000, 60_000, 300_000];
/** How long one attempt may take. */
const TIMEOUT_MS = 10_000;
const NAMES = { nps: 'NPS', csat: 'CSAT', ces: 'CES' };

/**
 * @typedef {object} Alerts
 * @property {(answers: Record<string, any>[]) => void} notify queues the alerts of newly stored answers; returns at once
 * @property {() => Promise<void>} idle resolves when every queued alert was sent or given up
 * @property {() => void} close cancels pending retries
 */

/** Slack reads `&`, `<` and `>` as markup: visitor text is escaped so it stays text. @param {unknown} text */
export const slackEscape = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The alert text of an answer, or null when it needs none.
 * @param {Record<string, any>} a
 */
export function alertText(a) {
  const contact = a.contact && a.contact.consent === true;
  const negative = levelOf(a.survey, a.score, a.scale, { segmentOf, scaleFor }) == 0;
  const unhappy = negative && typeof a.comment == 'string' && a.comment.trim();
  if (!contact && !unhappy) return null;
  const where = [a.touchpoint && `at ${a.touchpoint}`, a.locale && `(${a.locale})`].filter(Boolean).join(' ');
  const lines = [
    `${contact ? 'Contact request' : 'Unhappy comment'}: ${NAMES[/** @type {'nps'} */ (a.survey)] || a.survey} ${a.score} of ${a.scale.min}–${a.scale.max} (${a.segment}) ${where}`.trim(),
  ];
  // the dashboard's "To contact" lists the unhappy ones; a happy visitor's request is in the API's contacts
  if (contact) lines.push(`Asks to be contacted by ${a.contact.channel} about it: see ${negative ? '"To contact" on the dashboard' : '/api/contacts (the dashboard lists only the unhappy ones)'}.`);
  if (Array.isArray(a.reasons) && a.reasons.length) lines.push(`Reasons: ${a.reasons.join(', ')}`);
  if (a.comment && a.comment.trim()) lines.push(`> ${a.comment.trim().replace(/\n/g, '\n> ')}`);
  return slackEscape(lines.join('\n'));
}

/**
 * Creates the alerts. Without a URL, `notify` does nothing.
 * @param {{ url?: string, fetch?: typeof fetch, retryMs?: number[], log?: (line: string) => void }} options
 * @returns {Alerts}
 */
export function createAlerts({ url, fetch = globalThis.fetch, retryMs = RETRY_MS, log = () => {} }) {
  /** @type {Set<Promise<void>>} */
  const pending = new Set();
  /** @type {Map<ReturnType<typeof setTimeout>, () => void>} */
  const timers = new Map();
  let closed = false;

  /** @param {number} ms */
  const wait = (ms) =>
    new Promise((resolve) => {
      const timer = setTimeout(() => (timers.delete(timer), resolve(undefined)), ms);
      timers.set(timer, () => resolve(undefined));
    });

  /** @param {string} text */
  async function send(text) {
    for (let attempt = 0; !closed; attempt++) {
      let problem;
      try {
        const res = await fetch(/** @type {string} */ (url), {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ text }),
          signal: AbortSignal.timeout(TIMEOUT_MS),
        });
        if (res.ok) return;
        problem = `answered ${res.status}`;
        if (res.status < 500 && res.status != 429) return log(`alert: the webhook ${problem}: check HEARKEN_WEBHOOK_URL; not retried`);
      } catch (e) {
        problem = `failed (${e instanceof Error ? e.message : e})`;
      }
      if (attempt >= retryMs.length) return log(`alert: the webhook ${problem}; gave up after ${attempt + 1} attempts`);
      log(`alert: the webhook ${problem}; retrying in ${retryMs[attempt]} ms`);
      await wait(retryMs[attempt]);
    }
  }

  return {
    notify(answers) {
      if (!url) return;
      for (const a of answers) {
        const text = alertText(a);
        if (!text) continue;
        const job = send(text).finally(() => pending.delete(job));
        pending.add(job);
      }
    },
    idle: async () => {
      while (pending.size) await Promise.all(pending);
    },
    close() {
      closed = true;
      for (const [timer, resolve] of timers) {
        clearTimeout(timer);
        resolve();
      }
      timers.clear();
    },
  };
}
