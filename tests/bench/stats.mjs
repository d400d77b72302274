/**
 * Small statistics for the bench's samples.
 */

/**
 * The median of a list of numbers (NaN for an empty list).
 * @param {number[]} list
 */
export function median(list) {
  if (!list.length) return NaN;
  const s = list.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * The p-th percentile (0–100), nearest rank.
 * @param {number[]} list
 * @param {number} p
 */
export function percentile(list, p) {
  if (!list.length) return NaN;
  const s = list.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
