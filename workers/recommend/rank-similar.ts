import type { Product } from '../protocol/product.ts';
import type { RecommendRequest } from '../protocol/recommend.ts';
import { candidateProducts, interestAffinity, type RankContext } from './rank-context.ts';
import type { RankedCandidate } from './recommend-types.ts';

/** How many of the most similar products the shopper's interests may reorder. */
const affinityPool = 200;

/**
 * "Similar items": content likeness to the anchor (words or embeddings, category, brand, price
 * band), nudged by rating and, when there is history, by what the shopper has been looking at.
 * Products the shopper bought are left out. With `cheaper`, only products priced below the anchor,
 * of its own category when any is; with `about` (words the shopper named), only those carrying one
 * of them in their name, kind or tags, when any does.
 */
export function rankSimilar(context: RankContext, anchor: Product, { cheaper, about }: Pick<RecommendRequest, 'cheaper' | 'about'> = {}): RankedCandidate[] {
  const { features, similarity, profile } = context;
  const bought = new Set(profile.purchases.map((p) => p.productId));
  const ranked: (RankedCandidate & { product: Product })[] = [];
  for (const candidate of candidateProducts(context, () => context.candidates.near(anchor.id))) {
    if (candidate.id === anchor.id || bought.has(candidate.id)) continue;
    if (cheaper && !(anchor.price !== undefined && candidate.price !== undefined && candidate.price < anchor.price)) continue;
    const parts = similarity.parts(anchor, candidate);
    const relevance = parts.score + 0.05 * (features.popularity.get(candidate.id) ?? 0);
    ranked.push({ id: candidate.id, product: candidate, relevance, reason: { kind: 'similar', traits: similarity.traits(anchor, candidate, parts) } });
  }
  // What the shopper named, else (for "like this but cheaper") the anchor's own category, narrows the list when any item has it.
  const narrowed = about ? ranked.filter((c) => names(c.product, about)) : cheaper && anchor.category ? ranked.filter((c) => c.product.category === anchor.category) : [];
  if (narrowed.length) ranked.splice(0, ranked.length, ...narrowed);
  // The shopper's interests reorder the best few hundred (cheaper than scoring every product against them).
  const best = ranked.sort((a, b) => b.relevance - a.relevance).slice(0, affinityPool);
  for (const c of best) c.relevance += 0.15 * interestAffinity(context, c.product);
  return best;
}

/** True when a word of `about` (a plural's singular too) is in the product's name, kind or tags. */
function names(product: Product, about: string): boolean {
  const text = [product.title, product.category ?? '', ...product.tags].join(' ').normalize('NFKC').toLowerCase();
  return about.split(/\s+/).some((word) => word && (text.includes(word) || (word.length > 3 && text.includes(word.replace(/e?s$/, '')))));
}
