/** A candidate for a diversified list: an id and its relevance. */
export interface Scored {
  id: string;
  relevance: number;
}

/** The recommender's MMR settings (workers/math/maximal-marginal-relevance.ts): the relevance/novelty trade-off, and the cap on near-copies. */
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
