import type { Product } from '../protocol/product.ts';
import type { IndexStatus } from '../protocol/models.ts';
import { CatalogSearch } from '../search/search.ts';
import { IndexedDbEmbeddingCache } from '../search/embedding-cache.ts';
import type { EmbeddingCache } from '../search/search-types.ts';
import type { LexicalIndex } from '../search/lexical-index.ts';
import { loadPrebuiltVectors } from '../search/prebuilt-index.ts';
import { Recommender } from '../recommend/recommend.ts';
import type { Embedder } from '../runtime/embedder.ts';
import { textEmbedder } from '../runtime/text-embedder.ts';
import { defaultMaxEmbedProducts } from '../search/embed-catalog.ts';
import { errorMessage } from '../../common/error-message.ts';
import type { PrebuiltSource } from './engine-types.ts';

/**
 * The loaded catalog and what hangs on it: the search index, products by id, where its vectors came
 * from (`status().index`), the embedding cache, and the recommender built over it. A new catalog
 * replaces all of them at once; work still running for an old catalog leaves the new one alone.
 */
export class CatalogState {
  catalog = new CatalogSearch([]);
  private productsById = new Map<string, Product>();
  private prebuilt?: PrebuiltSource;
  private indexed?: IndexStatus;
  private cacheOpening?: Promise<EmbeddingCache | undefined>;
  private recommender?: { for: CatalogSearch; withModel: boolean; value: Recommender };

  /** `cache`: where product vectors are kept between visits; undefined for IndexedDB when the runtime has it, null for none. */
  constructor(private readonly cache?: EmbeddingCache | null) {}

  /** Replaces the catalog (from a feed, or a prebuilt index with its lexical index and source). */
  replace(products: Product[], prebuilt?: { lexical: LexicalIndex; source: PrebuiltSource }): void {
    this.catalog = new CatalogSearch(products, prebuilt?.lexical);
    this.productsById = new Map(products.map((p) => [p.id, p]));
    this.prebuilt = prebuilt?.source;
    this.indexed = undefined;
  }

  /** A product of the loaded catalog, or undefined. */
  product(id: string): Product | undefined {
    return this.productsById.get(id);
  }

  /** A product of the loaded catalog; throws when there is none with that id. */
  requireProduct(id: string): Product {
    const product = this.productsById.get(id);
    if (!product) throw new Error(`no product with id "${id}" in the loaded catalog`);
    return product;
  }

  /** Where the catalog's vectors came from, once it has them. */
  get indexStatus(): IndexStatus | undefined {
    return this.indexed;
  }

  /** The recommender for the current catalog, rebuilt when the catalog changes or embeddings arrive. */
  currentRecommender(): Recommender {
    const catalog = this.catalog;
    if (this.recommender?.for !== catalog || this.recommender.withModel !== catalog.hasModel) {
      this.recommender = { for: catalog, withModel: catalog.hasModel, value: new Recommender(catalog.allProducts(), catalog.productVectors()) };
    }
    return this.recommender.value;
  }

  private embeddingCache(): Promise<EmbeddingCache | undefined> {
    if (this.cache !== undefined) return Promise.resolve(this.cache ?? undefined);
    this.cacheOpening ??= IndexedDbEmbeddingCache.open();
    return this.cacheOpening;
  }

  /** Gives the current catalog its vectors: from the prebuilt index when it matches the model, else the cache or the model. */
  async embed(e: Embedder, maxProducts?: number): Promise<void> {
    const target = this.catalog;
    const prebuilt = this.prebuilt;
    const te = textEmbedder(e);
    if (prebuilt?.manifest.vectors?.modelKey === te.modelKey) {
      try {
        const vectors = await loadPrebuiltVectors(prebuilt.url, prebuilt.manifest);
        if (vectors.length !== target.size) throw new Error(`the search index has ${vectors.length} vectors for ${target.size} products`);
        if (target !== this.catalog) return;
        target.attachVectors(te, target.ids(), vectors);
        this.indexed = { embedded: 0, fromCache: 0, prebuilt: vectors.length };
        return;
      } catch (error) {
        console.warn(`aisle: ${errorMessage(error)}; embedding on this device instead`);
      }
    } else if (prebuilt?.manifest.vectors) {
      console.warn(`aisle: the search index was built with ${prebuilt.manifest.vectors.modelKey}, not ${te.modelKey}: embedding on this device instead`);
    }
    const stats = await target.attachModel(te, await this.embeddingCache(), { maxProducts, cancelled: () => target !== this.catalog });
    if (target !== this.catalog) return;
    this.indexed = { ...stats, prebuilt: 0 };
    if (stats.skipped) console.warn(`aisle: ${stats.skipped} of ${target.size} products have no vector (maxEmbedProducts ${maxProducts ?? defaultMaxEmbedProducts}): a catalog this size needs a prebuilt index (npx aisle index)`);
  }
}
