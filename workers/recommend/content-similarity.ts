import type { Product } from '../protocol/product.ts';
import type { CatalogFeatures } from './catalog-features.ts';
import { dot, sparseDot } from '../math/similarity.ts';
import type { SimilarTrait } from '../protocol/recommend.ts';

/** How alike two products are, overall and by part, each 0..1. */
export interface SimilarityParts {
  score: number;
  text: number;
  category: number;
  brand: number;
  price: number;
}

/** Category paths alike: 1 for the same, the shared share of the path otherwise ("Men/Tops/Tees" ~ "Men/Tops/Tanks" = 2/3). */
export function categorySimilarity(a?: string, b?: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const pa = a.toLowerCase().split('/');
  const pb = b.toLowerCase().split('/');
  let shared = 0;
  while (shared < Math.min(pa.length, pb.length) && pa[shared] === pb[shared]) shared++;
  return shared / Math.max(pa.length, pb.length);
}

/** Prices alike on a log scale: 1 for equal, 0 at a 4x difference or more; 0.5 when one is unknown. */
export function priceSimilarity(a?: number, b?: number): number {
  if (!a || !b || a <= 0 || b <= 0) return 0.5;
  return Math.max(0, 1 - Math.abs(Math.log(a / b)) / Math.log(4));
}

const weights = { text: 0.4, category: 0.3, brand: 0.1, price: 0.2 };

/**
 * Content similarity between products: words (TF-IDF) on the light path, blended with embedding
 * cosine on the model path, plus category, a distinctive shared brand, and price band.
 */
export class ContentSimilarity {
  constructor(private readonly features: CatalogFeatures) {}

  /** Text likeness alone: TF-IDF cosine, blended 60/40 with the embedding cosine when there are embeddings. */
  text(a: string, b: string): number {
    const lexical = sparseDot(this.features.terms.get(a)!, this.features.terms.get(b)!);
    const va = this.features.vectors?.get(a);
    const vb = this.features.vectors?.get(b);
    if (!va || !vb) return lexical;
    return 0.6 * Math.max(0, dot(va, vb)) + 0.4 * lexical;
  }

  /** Overall likeness and its parts. */
  parts(a: Product, b: Product): SimilarityParts {
    const text = this.text(a.id, b.id);
    const category = categorySimilarity(a.category, b.category);
    const brand = a.brand && a.brand === b.brand ? 1 - (this.features.brandShare.get(a.brand) ?? 0) : 0;
    const price = priceSimilarity(a.price, b.price);
    const score = weights.text * text + weights.category * category + weights.brand * brand + weights.price * price;
    return { score, text, category, brand, price };
  }

  /** Overall likeness, 0..1. */
  score(a: Product, b: Product): number {
    return this.parts(a, b).score;
  }

  /**
   * How much of a repeat `b` is after `a`, for MMR: mostly a shared title (the overlap
   * coefficient of title words: variants of one product share nearly all of them) or the same
   * words or meaning, a little the same category. Two colourways of one shoe score high; two different shoes do not.
   */
  redundancy(a: Product, b: Product): number {
    const wa = this.features.titleWords.get(a.id)!;
    const wb = this.features.titleWords.get(b.id)!;
    let shared = 0;
    for (const w of wa) if (wb.has(w)) shared++;
    const titleOverlap = shared / Math.max(1, Math.min(wa.size, wb.size));
    return 0.85 * Math.max(titleOverlap, this.text(a.id, b.id)) + 0.15 * categorySimilarity(a.category, b.category);
  }

  /** What `candidate` shares with `anchor`, most telling first, for a reason like "similar price, same brand (Apple)". */
  traits(anchor: Product, candidate: Product, parts = this.parts(anchor, candidate)): SimilarTrait[] {
    const traits: SimilarTrait[] = [];
    if (parts.brand > 0.5 && anchor.brand) traits.push({ trait: 'same-brand', brand: anchor.brand });
    const shared = this.sharedAttribute(anchor.id, candidate.id);
    if (shared) traits.push(shared);
    if (anchor.price && candidate.price && candidate.price < anchor.price * 0.85 && parts.price > 0.3) {
      traits.push({ trait: 'cheaper', percent: Math.round((1 - candidate.price / anchor.price) * 100) });
    } else if (parts.price > 0.8) traits.push({ trait: 'similar-price' });
    if (traits.length < 2 && parts.text > 0.35) traits.push({ trait: 'similar-style' });
    if (traits.length < 2 && parts.category === 1) traits.push({ trait: 'same-category' });
    return traits.slice(0, 2);
  }

  private sharedAttribute(a: string, b: string): SimilarTrait | undefined {
    const ta = this.features.traits.get(a)!;
    const tb = this.features.traits.get(b)!;
    for (const [key, value] of ta) {
      if (tb.has(key)) return { trait: 'same-attribute', name: key.split('\u0000')[0].replace(/_/g, ' '), value };
    }
    return undefined;
  }
}
