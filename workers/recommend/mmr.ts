/** A candidate for a diversified list: an id and its relevance. */
export interface Scored {
  id: string;
  relevance: number;
}

/** MMR settings: the relevance/novelty trade-off, and the cap on near-copies. */
export interface DiversityOptions {
  /** 1 = relevance only; lower = more varied. */
  lambda: number;
  /** Similarity at or above which two items count as near-copies (colourways of one shoe). */
  nearCopy: number;
  /** How many near-copies of one item a list may hold (while other candidates remain). */
  maxCopies: number;
}

/** Defaults chosen with the leave-one-out eval (docs/recommendations.md). */
export const defaultDiversity: Readonly<DiversityOptions> = Object.freeze({ lambda: 0.7, nearCopy: 0.75, maxCopies: 2 });

/**
 * Maximal marginal relevance: picks `limit` items one at a time, each maximising
 * `lambda * relevance - (1 - lambda) * (highest similarity to an item already picked)`,
 * so the list is not ten near-copies; on top, an item that is a near-copy of `maxCopies` picked
 * items waits until nothing else is left. Relevance is rescaled to 0..1 first; `similarity` is 0..1.
 */
export function maximalMarginalRelevance<T extends Scored>(
  candidates: T[],
  similarity: (a: string, b: string) => number,
  limit: number,
  options: Partial<DiversityOptions> = {},
): T[] {
  const { lambda, nearCopy, maxCopies } = { ...defaultDiversity, ...options };
  const top = Math.max(...candidates.map((c) => c.relevance), Number.MIN_VALUE);
  const pool = candidates.map((c) => ({ item: c, relevance: c.relevance / top, maxSim: 0, copies: 0 }));
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
      const sim = similarity(chosen.item.id, c.item.id);
      c.maxSim = Math.max(c.maxSim, sim);
      if (sim >= nearCopy) c.copies++;
    }
  }
  return picked;
}
