import type { Product } from '../catalog/product.ts';
import { interestAffinity, type RankContext, type RankedCandidate } from './rank-context.ts';

/**
 * "Similar items": content likeness to the anchor (words or embeddings, category, brand, price
 * band), nudged by rating and, when there is history, by what the shopper has been looking at.
 * Products the shopper bought are left out.
 */
export function rankSimilar(context: RankContext, anchor: Product): RankedCandidate[] {
  const { features, similarity, profile } = context;
  const bought = new Set(profile.purchases.map((p) => p.productId));
  const ranked: RankedCandidate[] = [];
  for (const candidate of features.products) {
    if (candidate.id === anchor.id || bought.has(candidate.id)) continue;
    const parts = similarity.parts(anchor, candidate);
    const relevance = parts.score + 0.05 * (features.popularity.get(candidate.id) ?? 0) + 0.15 * interestAffinity(context, candidate);
    ranked.push({ id: candidate.id, relevance, reason: { kind: 'similar', traits: similarity.traits(anchor, candidate, parts) } });
  }
  return ranked;
}
