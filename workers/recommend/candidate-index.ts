import type { CatalogFeatures } from './catalog-features.ts';
import { dot } from '../math/similarity.ts';
import type { ProductKind } from './complementary-categories.ts';

/** Catalogs up to this size are ranked exhaustively; larger ones rank a candidate set first. */
export const exhaustiveUpTo = 2000;

/** How many of an anchor's most telling words look up neighbours. */
const queryTerms = 12;

/**
 * Candidate generation for large catalogs: an inverted index (word -> products), products by
 * category and by kind, and, on the model path, nearest neighbours by embedding. Ranking then
 * scores hundreds of candidates instead of every product.
 */
export class CandidateIndex {
  private readonly postings = new Map<string, string[]>();
  private readonly byCategory = new Map<string, string[]>();
  private readonly byKind = new Map<ProductKind, string[]>();

  constructor(private readonly features: CatalogFeatures) {
    for (const p of features.products) {
      for (const term of features.terms.get(p.id)!.keys()) push(this.postings, term, p.id);
      if (p.category) push(this.byCategory, p.category, p.id);
      for (const kind of features.kinds.get(p.id)!) push(this.byKind, kind, p.id);
    }
  }

  /** Whether a catalog this size is ranked over every product. */
  get exhaustive(): boolean {
    return this.features.products.length <= exhaustiveUpTo;
  }

  /** Products like this one: sharing its most telling words, its category, or (model path) close in embedding. */
  near(id: string, limit = 300): Set<string> {
    const found = new Set<string>(this.byCategory.get(this.features.byId.get(id)?.category ?? '')?.slice(0, limit) ?? []);
    const terms = [...this.features.terms.get(id)!].sort((a, b) => b[1] - a[1]).slice(0, queryTerms);
    const scores = new Map<string, number>();
    for (const [term, weight] of terms) for (const other of this.postings.get(term) ?? []) scores.set(other, (scores.get(other) ?? 0) + weight);
    for (const [other] of [...scores].sort((a, b) => b[1] - a[1]).slice(0, limit)) found.add(other);
    const vector = this.features.vectors?.get(id);
    if (vector) {
      const close = [...this.features.vectors!].map(([other, v]) => [other, dot(vector, v)] as const);
      for (const [other] of close.sort((a, b) => b[1] - a[1]).slice(0, limit)) found.add(other);
    }
    found.delete(id);
    return found;
  }

  /** Products that contain any of these words. */
  matching(terms: Iterable<string>, limit = 300): Set<string> {
    const scores = new Map<string, number>();
    for (const term of terms) for (const id of this.postings.get(term) ?? []) scores.set(id, (scores.get(id) ?? 0) + 1);
    return new Set([...scores].sort((a, b) => b[1] - a[1]).slice(0, limit).map(([id]) => id));
  }

  /** Products of one kind ("phone-accessory"). */
  ofKind(kind: ProductKind): string[] {
    return this.byKind.get(kind) ?? [];
  }
}

function push<K>(map: Map<K, string[]>, key: K, id: string): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}
