/**
 * "Did you mean …?" for a value that is not one of the allowed ones but nearly is (`npss` → `nps`,
 * `botom` → `bottom`). Only a near miss is suggested, so a different word is not turned into a guess.
 */

/**
 * The number of single-letter edits (insert, delete, replace, swap two neighbours) between `a` and `b`:
 * the optimal string alignment distance. Letters are compared as they are; callers lower-case first.
 */
export function editDistance(a: string, b: string): number {
  // rows[i][j]: the distance between the first i letters of a and the first j letters of b
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    rows[i] = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i == 0) {
        rows[i][j] = j;
        continue;
      }
      const cost = a[i - 1] == b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) best = Math.min(best, rows[i - 2][j - 2] + 1);
      rows[i][j] = best;
    }
  }
  return rows[a.length][b.length];
}

/**
 * The allowed value `value` most likely meant: the only one nearest to it, at most 2 edits away (1 for
 * words of up to 4 letters, where 2 edits make another word), ignoring case and spaces around it;
 * `undefined` when none is that near or two are equally near.
 */
export function suggest(value: unknown, allowed: readonly string[]): string | undefined {
  if (typeof value != 'string' || !value.trim()) return undefined;
  const typed = value.trim().toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const candidate of allowed) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (distance > (candidate.length <= 4 ? 1 : 2) || distance > bestDistance) continue;
    tie = distance == bestDistance;
    best = candidate;
    bestDistance = distance;
  }
  return tie ? undefined : best;
}
