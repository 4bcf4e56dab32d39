import { contentWords } from './sentence-vectors.ts';
import { jaccard } from '../math/similarity.ts';
import type { Polarity } from '../protocol/reviews.ts';
import type { Candidate } from './reviews-types.ts';

/** Sentences sharing more content words than this (Jaccard), or more similar than `maxSimilarity`, are near-duplicates. */
export const NEAR_DUPLICATE_OVERLAP = 0.45;

/** Options of the extractive selection. */
export interface SelectOptions {
  count: number;
  /** Similarity of two candidates by index (TF-IDF or embedding cosine). */
  similarity: (a: number, b: number) => number;
  /** Cosine above which two sentences say the same thing. */
  maxSimilarity: number;
  /** The polarity most reviews share, and whether a real complaint exists. */
  consensus: Polarity;
  complaint: boolean;
  /** Trade-off of relevance against redundancy (MMR lambda). */
  lambda?: number;
}

/**
 * Maximal marginal relevance (Carbonell & Goldstein 1998) over the candidates: central, opinionated
 * sentences first, each new one penalised by its closeness to those already chosen, near-duplicates
 * never taken, at most one sentence per review while others remain. The consensus comes first; when
 * reviewers complain, the strongest complaint is kept as the last sentence. Returns candidate indexes.
 */
export function selectSentences(candidates: Candidate[], options: SelectOptions): number[] {
  const { count, similarity, maxSimilarity, consensus, complaint, lambda = 0.7 } = options;
  const chosen: number[] = [];
  const usedReviews = new Set<number>();
  const words = candidates.map((c) => new Set(contentWords(c.text)));
  const redundant = (i: number) =>
    chosen.some((j) => similarity(i, j) > maxSimilarity || jaccard(words[i], words[j]) > NEAR_DUPLICATE_OVERLAP);
  const pick = (allowed: (c: Candidate) => boolean): number | undefined => {
    let best: number | undefined;
    let bestScore = -Infinity;
    const reviewsLeft = candidates.some((c, i) => !chosen.includes(i) && allowed(c) && !usedReviews.has(c.reviewIndex));
    candidates.forEach((c, i) => {
      if (chosen.includes(i) || !allowed(c) || redundant(i)) return;
      if (reviewsLeft && usedReviews.has(c.reviewIndex)) return;
      const penalty = chosen.length ? Math.max(...chosen.map((j) => similarity(i, j))) : 0;
      const score = lambda * c.relevance - (1 - lambda) * penalty;
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    });
    return best;
  };
  const take = (i: number | undefined) => {
    if (i === undefined) return false;
    chosen.push(i);
    usedReviews.add(candidates[i].reviewIndex);
    return true;
  };
  const opposite = consensus === 'negative' ? 'positive' : 'negative';
  const mainCount = complaint ? count - 1 : count;
  while (chosen.length < mainCount && take(pick((c) => c.polarity !== opposite)));
  if (complaint) take(pick((c) => c.polarity === opposite));
  while (chosen.length < count && take(pick(() => true)));
  return chosen;
}
