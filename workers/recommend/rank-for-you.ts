import { sparseDot } from '../math/similarity.ts';
import { complementsOf, goesWith } from './complementary-categories.ts';
import { candidateProducts, type RankContext } from './rank-context.ts';
import type { RankedCandidate } from './recommend-types.ts';
import type { RecommendationReason } from '../protocol/recommend.ts';

/** Below this content likeness a product is not said to be "because you viewed" another. */
const minimumNamedLikeness = 0.35;

/**
 * "For you": each product scored by the decayed profile: likeness to what the shopper viewed or
 * carted, matches for what they searched, and accessories of what they bought. Products already
 * seen, carted or bought are not shown; other products of a kind already bought count half
 * (one phone is usually enough). With no history: rating/popularity (cold start).
 */
export function rankForYou(context: RankContext): RankedCandidate[] {
  const { features, similarity, profile } = context;
  const ranked: RankedCandidate[] = [];
  const { candidates } = context;
  const generate = () => [
    ...[...features.popularity].sort((a, b) => b[1] - a[1]).slice(0, 100).map(([id]) => id),
    ...[...profile.interests].sort((a, b) => b.weight - a.weight).slice(0, 12).flatMap((i) => [...candidates.near(i.productId, 150)]),
    ...profile.searches.flatMap((s) => [...candidates.matching(s.vector.keys(), 150)]),
    ...profile.purchases.flatMap((p) => [...complementsOf(features.kinds.get(p.productId)!)].flatMap((k) => candidates.ofKind(k))),
  ];
  for (const candidate of candidateProducts(context, generate)) {
    if (profile.seen.has(candidate.id)) continue;
    const popularity = features.popularity.get(candidate.id) ?? 0;
    if (profile.empty) {
      ranked.push({ id: candidate.id, relevance: popularity, reason: { kind: 'popular', rating: candidate.rating, reviews: candidate.reviewCount } });
      continue;
    }
    let score = 0;
    let best = 0;
    let reason: RecommendationReason = { kind: 'popular', rating: candidate.rating };
    const consider = (value: number, why: RecommendationReason) => {
      score += value;
      if (value > best) [best, reason] = [value, why];
    };
    for (const i of profile.interests) {
      const likeness = similarity.score(candidate, features.byId.get(i.productId)!);
      // A faint likeness (only the price band, say) adds to the score but is no reason to name.
      const why: RecommendationReason = likeness < minimumNamedLikeness ? reason
        : i.type === 'cart' ? { kind: 'carted', title: i.title } : { kind: 'viewed', title: i.title };
      consider(i.weight * likeness ** 2, why);
    }
    for (const s of profile.searches) consider(s.weight * sparseDot(s.vector, features.terms.get(candidate.id)!), { kind: 'searched', query: s.query });
    const kinds = features.kinds.get(candidate.id)!;
    let alreadyOwned = false;
    for (const p of profile.purchases) {
      const bought = features.kinds.get(p.productId)!;
      if ([...kinds].some((k) => bought.has(k))) alreadyOwned = true;
      else if (goesWith(bought, kinds)) consider(p.weight * 0.6, { kind: 'accessory-for', title: p.title });
    }
    if (alreadyOwned) score *= 0.5;
    ranked.push({ id: candidate.id, relevance: score + 0.1 * popularity * Math.max(score, 0.05), reason });
  }
  return ranked;
}
