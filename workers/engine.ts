import type { Engine, EngineConfig, EngineStatus, IndexStatus, ModelProgress, ModelState, Product } from './engine-api.ts';
import { parseCatalogFeed } from './catalog/parse-feed.ts';
import { Embedder } from './runtime/embedder.ts';
import { fetchManifest, type ModelManifest } from './runtime/manifest.ts';
import { configureTransformers } from './runtime/transformers-env.ts';
import { CatalogSearch } from './search/catalog-search.ts';
import { IndexedDbEmbeddingCache, type EmbeddingCache } from './search/embedding-cache.ts';
import { loadPrebuiltIndex, loadPrebuiltVectors, type PrebuiltIndexManifest } from './search/prebuilt-index.ts';
import { embeddingModelKey, type TextEmbedder } from './search/text-embedder.ts';

/** Options fixed where the engine is created (the worker file knows where its wasm lies). */
export interface EngineOptions {
  ortWasmUrl?: string;
  /** Where product vectors are kept between visits; default: IndexedDB when the runtime has it. */
  embeddingCache?: EmbeddingCache | null;
}

/**
 * The engine, in-thread: the worker exposes one of these through Comlink; Node tests, benchmarks
 * and the CLI use it directly.
 */
export function createEngine(options: EngineOptions = {}): Engine {
  let config: EngineConfig | undefined;
  let manifest: ModelManifest | undefined;
  let catalog = new CatalogSearch([]);
  let embedder: Embedder | undefined;
  let embedderLoading: Promise<Embedder> | undefined;
  const models: Record<string, ModelState> = {};
  let indexStatus: IndexStatus | undefined;
  let prebuilt: { url: string; manifest: PrebuiltIndexManifest } | undefined;
  let cacheOpening: Promise<EmbeddingCache | undefined> | undefined;

  const embeddingCache = (): Promise<EmbeddingCache | undefined> => {
    if (options.embeddingCache !== undefined) return Promise.resolve(options.embeddingCache ?? undefined);
    cacheOpening ??= IndexedDbEmbeddingCache.open();
    return cacheOpening;
  };

  const textEmbedder = (e: Embedder): TextEmbedder => ({ modelKey: embeddingModelKey(e.model), embed: (texts) => e.embed(texts) });

  /** Gives the current catalog its vectors: from the prebuilt index when it matches the model, else the cache or the model. */
  async function embedCatalog(e: Embedder): Promise<void> {
    const target = catalog;
    const te = textEmbedder(e);
    if (prebuilt?.manifest.vectors?.modelKey === te.modelKey) {
      try {
        const vectors = await loadPrebuiltVectors(prebuilt.url, prebuilt.manifest);
        if (vectors.length !== target.size) throw new Error(`the search index has ${vectors.length} vectors for ${target.size} products`);
        if (target !== catalog) return;
        target.attachVectors(te, target.ids(), vectors);
        indexStatus = { embedded: 0, fromCache: 0, prebuilt: vectors.length };
        return;
      } catch (error) {
        console.warn(`aisle: ${error instanceof Error ? error.message : error}; embedding on this device instead`);
      }
    } else if (prebuilt?.manifest.vectors) {
      console.warn(`aisle: the search index was built with ${prebuilt.manifest.vectors.modelKey}, not ${te.modelKey}: embedding on this device instead`);
    }
    const stats = await target.attachModel(te, await embeddingCache());
    if (target === catalog) indexStatus = { ...stats, prebuilt: 0 };
  }

  const requireConfig = (): EngineConfig => {
    if (!config) throw new Error('the engine is not configured: call configure() first');
    return config;
  };

  async function loadEmbedder(onProgress?: (p: ModelProgress) => void): Promise<Embedder> {
    const current = requireConfig();
    manifest ??= current.manifest ?? (await fetchManifest(current.modelHost));
    const entry = manifest.models.embeddings;
    if (!entry) throw new Error('the model manifest has no "embeddings" model');
    models.embeddings = { state: 'loading', progress: 0, loadedBytes: 0, totalBytes: 0 };
    return Embedder.load(entry, (p) => {
      if (p.status === 'progress') {
        models.embeddings = { state: 'loading', progress: p.progress, loadedBytes: p.loadedBytes, totalBytes: p.totalBytes };
      }
      onProgress?.(p);
    });
  }

  async function loadProducts(products: Product[]): Promise<number> {
    catalog = new CatalogSearch(products);
    prebuilt = undefined;
    indexStatus = undefined;
    if (embedder) await embedCatalog(embedder);
    return catalog.size;
  }

  const status = (): EngineStatus => ({
    products: catalog.size,
    models: { ...models },
    searchPath: catalog.hasModel ? 'model' : 'lexical',
    ...(indexStatus ? { index: { ...indexStatus } } : {}),
  });

  return {
    async configure(next) {
      config = { ...next, ortWasmUrl: next.ortWasmUrl ?? options.ortWasmUrl };
      manifest = next.manifest;
      configureTransformers(config);
    },

    load: loadProducts,

    async loadFeed(url, extra = []) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`catalog feed ${url} answered HTTP ${response.status}`);
      const { products, skipped } = parseCatalogFeed(await response.text());
      const ids = new Set(extra.map((p) => p.id));
      const count = await loadProducts([...extra, ...products.filter((p) => !ids.has(p.id))]);
      return { count, skipped };
    },

    async search(query, { limit = 10, ignore = [] } = {}) {
      return catalog.search(query, { limit, ignore });
    },

    async loadIndex(url) {
      const loaded = await loadPrebuiltIndex(url);
      catalog = new CatalogSearch(loaded.products, loaded.lexical);
      prebuilt = { url, manifest: loaded.manifest };
      indexStatus = undefined;
      if (embedder) await embedCatalog(embedder);
      return catalog.size;
    },

    async prepareModels(onProgress) {
      if (requireConfig().models === false) return status();
      try {
        embedderLoading ??= loadEmbedder(onProgress);
        embedder = await embedderLoading;
        if (!catalog.hasModel) await embedCatalog(embedder);
        models.embeddings = { state: 'ready' };
      } catch (error) {
        embedderLoading = undefined;
        const message = error instanceof Error ? error.message : String(error);
        models.embeddings = { state: 'error', message };
        onProgress?.({ status: 'error', task: 'embeddings', model: manifest?.models.embeddings?.id ?? '', message });
      }
      return status();
    },

    async status() {
      return status();
    },
  };
}
