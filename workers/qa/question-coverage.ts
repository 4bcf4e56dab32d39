import type { Concept, LexicalMatch } from './qa-types.ts';

/** A synonym-only match stands for its concept at this weight (as in analyze-question's synonym keys). */
const relatedWeight = 0.6;

/**
 * How much each asked concept tells: its inverse document frequency over the product's own
 * candidates (BM25's idf). A concept every candidate mentions (the product type) tells little; one
 * no candidate mentions ("bucket" in "does any ice bucket work") weighs most, so leaving it
 * uncovered counts.
 */
export function conceptWeights(asked: readonly Concept[], matches: readonly LexicalMatch[]): Map<Concept, number> {
  const n = matches.length;
  const weights = new Map<Concept, number>();
  for (const concept of asked) {
    const df = matches.filter((m) => m.exact.includes(concept) || m.related.includes(concept)).length;
    weights.set(concept, Math.log(1 + (n - df + 0.5) / (df + 0.5)));
  }
  return weights;
}

/**
 * The share of the question's information a candidate covers: the idf-weighted share of asked
 * concepts it matches (a synonym-only match counts 0.6). 1 when it matches them all by word.
 */
export function questionCoverage(match: LexicalMatch, weights: ReadonlyMap<Concept, number>): number {
  let total = 0;
  let covered = 0;
  for (const [concept, weight] of weights) {
    total += weight;
    if (match.exact.includes(concept)) covered += weight;
    else if (match.related.includes(concept)) covered += relatedWeight * weight;
  }
  return total ? covered / total : 0;
}
