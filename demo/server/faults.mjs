/**
 * Fault injection for the collector: random (seeded) failures for `--faults`, and scripted ones so
 * tests can say exactly what the next requests get.
 *
 * Kinds, applied to `POST /collect`:
 * - `500`             answer 500 without storing
 * - `429`             answer 429 with `Retry-After` (seconds) without storing
 * - `timeout`         read the request, then never answer (until the client gives up or `hangMs` passes)
 * - `drop`            destroy the socket without storing or answering
 * - `drop-after-save` store the answers durably, then destroy the socket without answering
 * - `slow`            wait `slowMs`, then handle the request normally
 * - `ok`              handle the request normally
 * The mode `down` refuses every `/collect` request (POST and OPTIONS) by destroying the socket at once.
 * Chromium's silent resend of a dropped request (same bytes within 3 s) is dropped again without
 * taking an outcome, so a scripted drop reaches the page as a network error.
 */

/** @typedef {'500' | '429' | 'timeout' | 'drop' | 'drop-after-save' | 'slow'} FaultKind */
/** @typedef {FaultKind | 'ok'} Outcome */
/** @typedef {'up' | 'down' | FaultKind} FaultMode */
/**
 * @typedef {object} FaultOptions
 * @property {number} [rate] probability 0–1 that a POST gets a random fault (default 0: only scripted faults)
 * @property {number} [seed] seed of the random generator, for reproducible runs
 * @property {FaultKind[]} [kinds] the kinds picked at random (default: all)
 * @property {number} [slowMs] delay of `slow` (default 1500)
 * @property {number} [hangMs] how long `timeout` holds a request before destroying it (default 60000)
 * @property {number} [retryAfter] seconds sent in `Retry-After` with 429 (default 1)
 */
/**
 * @typedef {object} Faults
 * @property {(outcomes: Outcome[]) => void} next queues outcomes for the next POSTs, before any random ones
 * @property {(mode: FaultMode) => void} setMode `down` refuses, a kind applies to every POST, `up` restores
 * @property {() => FaultMode} mode the current mode
 * @property {(rate: number) => void} setRate changes the probability of random faults
 * @property {() => Outcome | 'down'} take what the next POST gets (consumes a scripted outcome)
 * @property {() => boolean} isDown whether the collector refuses connections
 * @property {Outcome[]} history every outcome applied so far, oldest first
 * @property {() => void} reset clears the script, the history and the mode
 * @property {number} slowMs
 * @property {number} hangMs
 * @property {number} retryAfter
 */

import { seededRandom } from './seed-random.mjs';

export { seededRandom };

/** Every fault kind. */
export const FAULT_KINDS = /** @type {FaultKind[]} */ (['500', '429', 'timeout', 'drop', 'drop-after-save', 'slow']);
const OUTCOMES = [...FAULT_KINDS, 'ok'];
const MODES = [...FAULT_KINDS, 'up', 'down'];


/**
 * Creates the fault controller.
 * @param {number | boolean | FaultOptions | undefined} options a probability, `true` (0.3), or options; none → no random faults
 * @param {() => number} [random] source of randomness; default seeded from `options.seed` or Math.random
 * @returns {Faults}
 */
export function createFaults(options, random) {
  const o = typeof options == 'object' && options ? options : {};
  let rate = typeof options == 'number' ? options : options === true ? 0.3 : (o.rate ?? 0);
  checkRate(rate);
  const kinds = o.kinds && o.kinds.length ? o.kinds : FAULT_KINDS;
  for (const k of kinds) if (!FAULT_KINDS.includes(k)) throw new Error(`[hearken] unknown fault kind ${JSON.stringify(k)}`);
  const rnd = random || (o.seed !== undefined ? seededRandom(o.seed) : Math.random);
  /** @type {Outcome[]} */
  let script = [];
  /** @type {FaultMode} */
  let mode = 'up';
  /** @type {Outcome[]} */
  const history = [];

  return {
    slowMs: o.slowMs ?? 1500,
    hangMs: o.hangMs ?? 60_000,
    retryAfter: o.retryAfter ?? 1,
    history,
    next(outcomes) {
      for (const x of outcomes) if (!OUTCOMES.includes(x)) throw new Error(`[hearken] unknown fault outcome ${JSON.stringify(x)}`);
      script.push(...outcomes);
    },
    setMode(m) {
      if (!MODES.includes(m)) throw new Error(`[hearken] unknown fault mode ${JSON.stringify(m)}`);
      mode = m;
    },
    mode: () => mode,
    setRate(r) {
      checkRate(r);
      rate = r;
    },
    isDown: () => mode == 'down',
    take() {
      if (mode == 'down') return 'down';
      /** @type {Outcome} */
      let outcome = 'ok';
      if (script.length) outcome = /** @type {Outcome} */ (script.shift());
      else if (mode != 'up') outcome = mode;
      else if (rate > 0 && rnd() < rate) outcome = kinds[Math.floor(rnd() * kinds.length)];
      history.push(outcome);
      return outcome;
    },
    reset() {
      script = [];
      mode = 'up';
      history.length = 0;
    },
  };
}

/** @param {number} r */
function checkRate(r) {
  if (!(typeof r == 'number' && r >= 0 && r <= 1)) throw new Error(`[hearken] fault rate must be a probability from 0 to 1, got ${r}`);
}
