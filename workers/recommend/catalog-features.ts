import type { Product } from '../protocol/product.ts';
import { productKinds, type ProductKind } from './complementary-categories.ts';
import { descriptiveAttributes, productTerms, words } from './product-terms.ts';
import { stem } from '../text/stem.ts';
import type { SparseVector } from './recommend-types.ts';

/**
 * What the recommender knows of each product, computed once per catalog: TF-IDF term vectors
 * (the light path), embeddings when the model has run (the model path), kinds in the
 * complementary map, distinctive spec values, and a rating/popularity prior.
 */
export class CatalogFeatures {
  readonly byId = new Map<string, Product>();
  readonly terms = new Map<string, SparseVector>();
  readonly kinds = new Map<string, Set<ProductKind>>();
  readonly traits = new Map<string, Map<string, string>>();
  readonly popularity = new Map<string, number>();
  /** Title words (plurals folded), for telling near-copies ("Trail Runner 2 Red" / "... Blue") apart from merely alike products. */
  readonly titleWords = new Map<string, Set<string>>();
  /** Share of the catalog each brand covers: a brand everything has ("Luma") says little. */
  readonly brandShare = new Map<string, number>();
  private readonly idf = new Map<string, number>();

  constructor(readonly products: Product[], readonly vectors?: Map<string, Float32Array>) {
    for (const p of products) this.byId.set(p.id, p);
    const rawTerms = products.map((p) => [p.id, productTerms(p)] as const);
    const df = new Map<string, number>();
    for (const [, terms] of rawTerms) for (const term of terms.keys()) df.set(term, (df.get(term) ?? 0) + 1);
    for (const [term, n] of df) this.idf.set(term, Math.log(1 + products.length / n));
    for (const [id, terms] of rawTerms) this.terms.set(id, this.weigh(terms));
    for (const p of products) {
      this.kinds.set(p.id, productKinds(p));
      this.titleWords.set(p.id, new Set(words(p.title).map(stem)));
      if (p.brand) this.brandShare.set(p.brand, (this.brandShare.get(p.brand) ?? 0) + 1 / products.length);
    }
    this.computeTraits();
    this.computePopularity();
  }

  /** True when embeddings take part (the model path). */
  get hasVectors(): boolean {
    return this.vectors !== undefined && this.vectors.size > 0;
  }

  /** TF-IDF vector of free text (a search query), in the catalog's term space. */
  textVector(text: string): SparseVector {
    const counts = new Map<string, number>();
    for (const term of words(text).map(stem)) if (this.idf.has(term)) counts.set(term, (counts.get(term) ?? 0) + 1);
    return this.weigh(counts);
  }

  private weigh(counts: Map<string, number>): SparseVector {
    const vector: SparseVector = new Map();
    let norm = 0;
    for (const [term, tf] of counts) {
      const w = (1 + Math.log(tf + 1)) * (this.idf.get(term) ?? 0);
      vector.set(term, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [term, w] of vector) vector.set(term, w / norm);
    return vector;
  }

  /** Spec values shared by under a third of the catalog: those make a reason ("same material (Wool)"). */
  private computeTraits(): void {
    const seen = new Map<string, number>();
    const pairs = this.products.map((p) => [p.id, descriptiveAttributes(p)] as const);
    for (const [, list] of pairs) for (const [name, value] of list) seen.set(`${name}\u0000${value}`, (seen.get(`${name}\u0000${value}`) ?? 0) + 1);
    const limit = Math.max(2, this.products.length / 3);
    for (const [id, list] of pairs) {
      const distinctive = new Map<string, string>();
      for (const [name, value] of list) if ((seen.get(`${name}\u0000${value}`) ?? 0) <= limit) distinctive.set(`${name}\u0000${value}`, value);
      this.traits.set(id, distinctive);
    }
  }

  /**
   * A 0..1 prior from ratings and review counts: a Bayesian average (a 5.0 from one review counts
   * less than a 4.6 from two hundred), lifted a little by how much a product is reviewed.
   */
  private computePopularity(): void {
    const rated = this.products.filter((p) => p.rating !== undefined);
    const mean = rated.length ? rated.reduce((s, p) => s + p.rating!, 0) / rated.length : 3.5;
    const maxReviews = Math.max(1, ...this.products.map((p) => p.reviewCount ?? 0));
    const prior = 5;
    for (const p of this.products) {
      const n = p.reviewCount ?? (p.rating !== undefined ? 1 : 0);
      const rating = p.rating ?? mean;
      const bayes = (n * rating + prior * mean) / (n + prior);
      this.popularity.set(p.id, (bayes / 5) * (0.75 + 0.25 * (Math.log1p(n) / Math.log1p(maxReviews))));
    }
  }
}
