/** Seeded randomness for the demo's sample answers and random faults: the same seed, the same run. */

/**
 * A small seeded generator (mulberry32): uniform numbers in [0, 1).
 * @param {number} seed
 * @returns {() => number}
 */
export function seededRandom(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Picks from `[value, weight]` pairs.
 * @template T
 * @param {() => number} rnd
 * @param {[T, number][]} pairs
 * @returns {T}
 */
export function weighted(rnd, pairs) {
  let r = rnd() * pairs.reduce((s, [, w]) => s + w, 0);
  for (const [v, w] of pairs) if ((r -= w) < 0) return v;
  return pairs[pairs.length - 1][0];
}

/**
 * Deals texts from pools like cards: each pool shuffled, every text once before any comes again, and never
 * the same text twice in a row.
 * @param {() => number} rnd
 * @returns {(pool: string[]) => string}
 */
export function dealer(rnd) {
  /** @type {Map<string[], string[]>} */
  const decks = new Map();
  /** @type {Map<string[], string>} */
  const last = new Map();
  return (pool) => {
    let deck = decks.get(pool);
    if (!deck || !deck.length) {
      deck = pool.slice();
      for (let i = deck.length - 1; i > 0; i--) {
        const j = Math.floor(rnd() * (i + 1));
        [deck[i], deck[j]] = [deck[j], deck[i]];
      }
      if (deck.length > 1 && deck[deck.length - 1] == last.get(pool)) deck.unshift(/** @type {string} */ (deck.pop()));
      decks.set(pool, deck);
    }
    const text = /** @type {string} */ (deck.pop());
    last.set(pool, text);
    return text;
  };
}
