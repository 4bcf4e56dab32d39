/** How maximal marginal relevance trades relevance for variety. */
export interface MmrOptions<T> {
  /** How many items to pick; default all. */
  limit?: number;
  /** 1 = relevance only; lower = more varied. Default 0.85. */
  lambda?: number;
  /**
   * An item's relevance (any scale: it is divided by the highest). Default: its rank in the input,
   * scaled 1 (first) .. 0 (last), so the order of a ranking survives unless two items are near-duplicates.
   */
  relevance?: (item: T, rank: number) => number;
  /** Similarity at or above which two items count as near-copies (colourways of one shoe). */
  nearCopy?: number;
  /** How many near-copies of one picked item a list may hold while other candidates remain; default no cap. */
  maxCopies?: number;
}

/**
 * Re-orders candidates for diversity with maximal marginal relevance (Carbonell & Goldstein 1998):
 * picks items one at a time, each maximising `lambda * relevance - (1 - lambda) * (its highest
 * similarity to an item already picked)`, so the list is not ten near-copies; with `maxCopies`, an
 * item that is a near-copy of that many picked items waits until nothing else is left. `similarity`
 * is 0..1 (negative values count as 0). Ties go to the earlier candidate.
 */
export function maximalMarginalRelevance<T>(candidates: readonly T[], similarity: (a: T, b: T) => number, options: MmrOptions<T> = {}): T[] {
  const { limit = candidates.length, lambda = 0.85, nearCopy = Infinity, maxCopies = Infinity } = options;
  const relevance = options.relevance ?? ((_: T, rank: number) => (candidates.length > 1 ? 1 - rank / candidates.length : 1));
  const scores = candidates.map((item, rank) => relevance(item, rank));
  const top = Math.max(...scores, Number.MIN_VALUE);
  const pool = candidates.map((item, i) => ({ item, relevance: scores[i] / top, maxSim: 0, copies: 0 }));
  const picked: T[] = [];
  while (picked.length < limit && pool.length) {
    const capped = pool.every((c) => c.copies >= maxCopies);
    let best = -1;
    let bestValue = -Infinity;
    pool.forEach((c, i) => {
      if (c.copies >= maxCopies && !capped) return;
      const value = lambda * c.relevance - (1 - lambda) * c.maxSim;
      if (value > bestValue) [best, bestValue] = [i, value];
    });
    const [chosen] = pool.splice(best, 1);
    picked.push(chosen.item);
    for (const c of pool) {
      const sim = similarity(chosen.item, c.item);
      c.maxSim = Math.max(c.maxSim, sim);
      if (sim >= nearCopy) c.copies++;
    }
  }
  return picked;
}
