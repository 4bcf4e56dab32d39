/**
 * Re-orders a ranking for diversity with maximal marginal relevance (Carbonell & Goldstein 1998):
 * each next item maximises λ·relevance − (1−λ)·(its highest similarity to an item already taken).
 * Relevance is the item's rank in the input, scaled to 1 (first) .. 0 (last), so the order of a
 * ranking survives unless two items are near-duplicates.
 */
export function maximalMarginalRelevance<T>(
  ranked: T[],
  similarity: (a: T, b: T) => number,
  { lambda = 0.85, limit = ranked.length }: { lambda?: number; limit?: number } = {},
): T[] {
  const pool = ranked.map((item, rank) => ({ item, relevance: ranked.length > 1 ? 1 - rank / ranked.length : 1 }));
  const chosen: T[] = [];
  while (chosen.length < limit && pool.length) {
    let best = 0;
    let bestScore = -Infinity;
    for (let i = 0; i < pool.length; i++) {
      let redundancy = 0;
      for (const c of chosen) redundancy = Math.max(redundancy, similarity(pool[i].item, c));
      const score = lambda * pool[i].relevance - (1 - lambda) * redundancy;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    chosen.push(pool.splice(best, 1)[0].item);
  }
  return chosen;
}

/** Jaccard similarity of two sets (0 when both are empty). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (!a.size && !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

/** Dot product of two unit vectors: their cosine similarity. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let dot = 0;
  for (let i = 0; i < a.length; i++) dot += a[i] * b[i];
  return dot;
}
