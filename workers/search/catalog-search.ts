import type { Product } from '../catalog/product.ts';
import { productEmbeddingText } from '../catalog/product-text.ts';
import type { SearchHit, SearchResponse } from '../engine-api.ts';
import type { Embedder } from '../runtime/embedder.ts';
import { LexicalIndex, type LexicalHit } from './lexical-index.ts';
import { reciprocalRankFusion } from './reciprocal-rank-fusion.ts';
import { VectorIndex } from './vector-index.ts';

const fieldNames: Record<string, string> = {
  title: 'name', brand: 'brand', category: 'category', tags: 'tags', attributes: 'specs', description: 'description',
};

function lexicalReasons(hit: LexicalHit | undefined): string[] {
  if (!hit) return [];
  const byField = new Map<string, string[]>();
  for (const [term, fields] of Object.entries(hit.matches)) {
    const field = fields[0];
    byField.set(field, [...(byField.get(field) ?? []), term]);
  }
  return [...byField].slice(0, 2).map(([field, terms]) => `${fieldNames[field] ?? field} matches “${terms.slice(0, 3).join('”, “')}”`);
}

/**
 * Search over one catalog: lexical (BM25) always, plus embeddings once a model is attached;
 * the two rankings are fused with reciprocal rank fusion.
 */
export class CatalogSearch {
  private readonly products = new Map<string, Product>();
  private readonly lexical: LexicalIndex;
  private vectors?: VectorIndex;
  private embedder?: Embedder;

  constructor(products: Product[]) {
    for (const p of products) this.products.set(p.id, p);
    this.lexical = new LexicalIndex(this.products.values());
  }

  get size(): number {
    return this.products.size;
  }

  get hasModel(): boolean {
    return this.vectors !== undefined;
  }

  /** Every product, in catalog order. */
  allProducts(): Product[] {
    return [...this.products.values()];
  }

  /** One product by id. */
  product(id: string): Product | undefined {
    return this.products.get(id);
  }

  /** Product embeddings by id once a model is attached (recommendations reuse them). */
  productVectors(): Map<string, Float32Array> | undefined {
    return this.vectors?.vectors();
  }

  /** Embeds every product with the model; from then on searches are hybrid. */
  async attachModel(embedder: Embedder): Promise<void> {
    const products = [...this.products.values()];
    const embeddings = await embedder.embed(products.map(productEmbeddingText));
    const index = new VectorIndex(embeddings[0]?.length ?? embedder.dims);
    index.add(products.map((p) => p.id), embeddings);
    this.embedder = embedder;
    this.vectors = index;
  }

  async search(query: string, limit = 10): Promise<SearchResponse> {
    const lexicalHits = this.lexical.search(query);
    const lexicalById = new Map(lexicalHits.map((h) => [h.id, h]));
    if (!this.vectors || !this.embedder || !query.trim()) {
      const hits = lexicalHits.slice(0, limit).map((h) => this.hit(h.id, h.score, lexicalReasons(h)));
      return { query, hits, source: 'lexical' };
    }
    const [queryVector] = await this.embedder.embed([query]);
    const semantic = this.vectors.search(queryVector);
    const semanticIds = new Set(semantic.slice(0, 10).map((s) => s.id));
    const fused = reciprocalRankFusion([lexicalHits.map((h) => h.id), semantic.map((s) => s.id)]);
    const hits = fused.slice(0, limit).map(({ id, score }) => {
      const why = lexicalReasons(lexicalById.get(id));
      if (semanticIds.has(id)) why.push('close in meaning to your search');
      return this.hit(id, score, why);
    });
    return { query, hits, source: 'model' };
  }

  private hit(id: string, score: number, why: string[]): SearchHit {
    return { product: this.products.get(id)!, score, why };
  }
}
