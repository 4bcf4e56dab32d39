/** A candidate for a diversified list: an id and its relevance. */
export interface Scored {
  id: string;
  relevance: number;
}

/**
 * Maximal marginal relevance: picks `limit` items one at a time, each maximising
 * `lambda * relevance - (1 - lambda) * (highest similarity to an item already picked)`,
 * so the list is not ten near-copies. Relevance is rescaled to 0..1 first; `similarity` is 0..1.
 */
export function maximalMarginalRelevance<T extends Scored>(
  candidates: T[],
  similarity: (a: string, b: string) => number,
  limit: number,
  lambda = 0.7,
): T[] {
  const top = Math.max(...candidates.map((c) => c.relevance), Number.MIN_VALUE);
  const pool = candidates.map((c) => ({ item: c, relevance: c.relevance / top, maxSim: 0 }));
  const picked: T[] = [];
  while (picked.length < limit && pool.length) {
    let best = 0;
    let bestValue = -Infinity;
    pool.forEach((c, i) => {
      const value = lambda * c.relevance - (1 - lambda) * c.maxSim;
      if (value > bestValue) [best, bestValue] = [i, value];
    });
    const [chosen] = pool.splice(best, 1);
    picked.push(chosen.item);
    for (const c of pool) c.maxSim = Math.max(c.maxSim, similarity(chosen.item.id, c.item.id));
  }
  return picked;
}
