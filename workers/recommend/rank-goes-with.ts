import type { Product } from '../protocol/product.ts';
import { complementsOf, goesWith, productAudience, type ProductKind } from './complementary-categories.ts';
import { categorySimilarity } from './content-similarity.ts';
import { candidateProducts, type RankContext } from './rank-context.ts';
import type { RankedCandidate } from './recommend-types.ts';

/** How often the shopper's own baskets held both products, and both kinds of product. */
function basketCounts(context: RankContext, anchor: Product) {
  const { features, profile } = context;
  const together = new Map<string, number>();
  const kindsTogether = new Map<ProductKind, number>();
  const anchorKinds = features.kinds.get(anchor.id)!;
  for (const basket of profile.baskets) {
    const hasAnchor = basket.includes(anchor.id);
    const hasAnchorKind = basket.some((id) => [...features.kinds.get(id)!].some((k) => anchorKinds.has(k)));
    for (const id of basket) {
      if (hasAnchor && id !== anchor.id) together.set(id, (together.get(id) ?? 0) + 1);
      if (hasAnchorKind) for (const kind of features.kinds.get(id)!) if (!anchorKinds.has(kind)) kindsTogether.set(kind, (kindsTogether.get(kind) ?? 0) + 1);
    }
  }
  return { together, kindsTogether };
}

/**
 * "Goes well with": products of a complementary kind (a case for a phone, shoes for a dress)
 * from the general map, and products the shopper's own carts and orders put together with this
 * one or its kind. Within those: same line (shared category path, brand), not pricier than the
 * anchor, well rated. Products of the anchor's own kind are not complements and are left out, and
 * so are products for another audience (women's shoes for a men's shirt) unless the shopper's
 * own baskets paired them.
 */
export function rankGoesWith(context: RankContext, anchor: Product): RankedCandidate[] {
  const { features, similarity, profile } = context;
  const bought = new Set(profile.purchases.map((p) => p.productId));
  const anchorKinds = features.kinds.get(anchor.id)!;
  const { together, kindsTogether } = basketCounts(context, anchor);
  const audience = productAudience(anchor);
  const ranked: RankedCandidate[] = [];
  const generate = () => [
    ...together.keys(),
    ...[...complementsOf(anchorKinds), ...kindsTogether.keys()].flatMap((kind) => context.candidates.ofKind(kind)),
  ];
  for (const candidate of candidateProducts(context, generate)) {
    if (candidate.id === anchor.id || bought.has(candidate.id)) continue;
    const candidateAudience = productAudience(candidate);
    if (audience && candidateAudience && candidateAudience !== audience && !together.has(candidate.id)) continue;
    const kinds = features.kinds.get(candidate.id)!;
    const co = 1 - 0.5 ** (together.get(candidate.id) ?? 0);
    const kindCo = 1 - 0.5 ** Math.max(0, ...[...kinds].map((k) => kindsTogether.get(k) ?? 0));
    const complement = goesWith(anchorKinds, kinds) ? 1 : 0;
    if (!co && !kindCo && !complement) continue;
    const parts = similarity.parts(anchor, candidate);
    const cheaper = anchor.price && candidate.price && candidate.price <= anchor.price ? 1 : 0;
    const relevance = 0.6 * co + 0.3 * kindCo + 0.5 * complement + 0.6 * categorySimilarity(anchor.category, candidate.category)
      + 0.1 * parts.brand + 0.1 * parts.text + 0.05 * cheaper + 0.15 * (features.popularity.get(candidate.id) ?? 0);
    ranked.push({
      id: candidate.id,
      relevance,
      reason: co ? { kind: 'bought-together', title: anchor.title } : { kind: 'goes-with', title: anchor.title },
    });
  }
  return ranked;
}
