import type { Product } from '../protocol/product.ts';
import { CandidateIndex } from './candidate-index.ts';
import { CatalogFeatures } from './catalog-features.ts';
import { ContentSimilarity } from './content-similarity.ts';
import { defaultDiversity } from './diversity.ts';
import type { DiversityOptions, RankedCandidate } from './recommend-types.ts';
import { maximalMarginalRelevance } from '../math/maximal-marginal-relevance.ts';
import type { RankContext } from './rank-context.ts';
import { rankForYou } from './rank-for-you.ts';
import { rankGoesWith } from './rank-goes-with.ts';
import { rankSimilar } from './rank-similar.ts';
import { reasonText } from './reason-text.ts';
import type { RecommendRequest, RecommendResponse } from '../protocol/recommend.ts';
import type { HistoryEntry } from '../protocol/recommend.ts';
import { buildShopperProfile } from './shopper-profile.ts';

/** How many of the best candidates MMR chooses from. */
const poolSize = 60;

/** Tuning of the recommender (MMR diversity); the defaults are the ones measured in docs/recommendations.md. */
export type RecommenderOptions = Partial<DiversityOptions>;

/**
 * Recommendations over one catalog: similar items, goes-well-with, and for-you, each made
 * diverse by MMR and each item with a reason. Pure: history comes in with every call, so the
 * engine, the eval and the tests share it. With `vectors` (product embeddings) it is the model path.
 */
export class Recommender {
  readonly features: CatalogFeatures;
  private readonly similarity: ContentSimilarity;
  private readonly candidates: CandidateIndex;
  private readonly pairCache = new Map<string, number>();

  constructor(products: Product[], vectors?: Map<string, Float32Array>, private readonly options: RecommenderOptions = {}) {
    this.features = new CatalogFeatures(products, vectors);
    this.similarity = new ContentSimilarity(this.features);
    this.candidates = new CandidateIndex(this.features);
  }

  /** Which path answers: `model` when product embeddings take part. */
  get source(): 'lexical' | 'model' {
    return this.features.hasVectors ? 'model' : 'lexical';
  }

  /** One list for the request, from this history (newest or oldest first: order is read from `at`). */
  recommend(request: RecommendRequest, history: HistoryEntry[], now = Date.now()): RecommendResponse {
    const limit = Math.max(1, Math.min(50, Math.floor(request.limit ?? 8)));
    const profile = buildShopperProfile(history, this.features, now);
    const context: RankContext = { features: this.features, similarity: this.similarity, profile, candidates: this.candidates };
    const base = { kind: request.kind, productId: request.productId, source: this.source, personalized: !profile.empty };
    let ranked: RankedCandidate[];
    if (request.kind === 'for-you') ranked = rankForYou(context);
    else {
      const anchor = request.productId ? this.features.byId.get(request.productId) : undefined;
      if (!anchor) return { ...base, items: [] };
      ranked = request.kind === 'similar' ? rankSimilar(context, anchor, request) : rankGoesWith(context, anchor);
    }
    const pool = ranked.sort((a, b) => b.relevance - a.relevance).slice(0, poolSize);
    const chosen = maximalMarginalRelevance(pool, (a, b) => this.pairSimilarity(a.id, b.id), {
      ...defaultDiversity, ...this.options, limit, relevance: (c) => c.relevance,
    });
    return {
      ...base,
      items: chosen.map((c) => ({ product: this.features.byId.get(c.id)!, score: c.relevance, reason: c.reason, why: reasonText(c.reason) })),
    };
  }

  /** Redundancy of two products by id (see ContentSimilarity.redundancy), cached: MMR asks for the same pairs often. */
  pairSimilarity(a: string, b: string): number {
    const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
    let value = this.pairCache.get(key);
    if (value === undefined) {
      value = this.similarity.redundancy(this.features.byId.get(a)!, this.features.byId.get(b)!);
      if (this.pairCache.size > 200_000) this.pairCache.clear();
      this.pairCache.set(key, value);
    }
    return value;
  }
}
