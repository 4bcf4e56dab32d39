import type { Product } from '../protocol/product.ts';
import type { CandidateIndex } from './candidate-index.ts';
import type { CatalogFeatures } from './catalog-features.ts';
import type { ContentSimilarity } from './content-similarity.ts';
import type { ShopperProfile } from './recommend-types.ts';

/** What every ranker reads: the catalog's features, content similarity, and the shopper's profile. */
export interface RankContext {
  features: CatalogFeatures;
  similarity: ContentSimilarity;
  profile: ShopperProfile;
  candidates: CandidateIndex;
}

/** The products a ranker scores: every product in small catalogs, else the ids the generator gives. */
export function candidateProducts(context: RankContext, generate: () => Iterable<string>): Product[] {
  if (context.candidates.exhaustive) return context.features.products;
  return [...new Set(generate())].map((id) => context.features.byId.get(id)!).filter(Boolean);
}

/** How many of the heaviest interests affinity looks at (older ones weigh little after decay). */
const affinityInterests = 10;

/** How much a product matches the shopper's recent interests, 0..1 (0 with no history). */
export function interestAffinity(context: RankContext, candidate: Product): number {
  const interests = context.profile.interests.slice(0, affinityInterests);
  const total = interests.reduce((s, i) => s + i.weight, 0);
  if (!total) return 0;
  let sum = 0;
  for (const i of interests) sum += i.weight * context.similarity.score(candidate, context.features.byId.get(i.productId)!) ** 2;
  return sum / total;
}
