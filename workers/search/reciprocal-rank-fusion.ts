/** Rank constant of reciprocal rank fusion (Cormack et al. 2009): damps the weight of the very top ranks. */
const k = 60;

/** Fuses ranked id lists into one ranking by the sum of 1 / (k + rank) over the lists. */
export function reciprocalRankFusion(rankings: string[][]): { id: string; score: number }[] {
  const scores = new Map<string, number>();
  for (const ranking of rankings) {
    ranking.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + 1 / (k + rank + 1)));
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}
