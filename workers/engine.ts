import type { Engine, EngineConfig, EngineStatus, ModelProgress, ModelState, Product } from './engine-api.ts';
import { parseCatalogFeed } from './catalog/parse-feed.ts';
import { Embedder } from './runtime/embedder.ts';
import { fetchManifest, type ModelManifest } from './runtime/manifest.ts';
import { configureTransformers } from './runtime/transformers-env.ts';
import { CatalogSearch } from './search/catalog-search.ts';
import { defaultHistoryLimits, HistoryStore, type HistoryLimits } from './recommend/history-store.ts';
import { Recommender } from './recommend/recommender.ts';
import { normalizeShopperEvent } from './recommend/shopper-event.ts';

/** Options fixed where the engine is created (the worker file knows where its wasm lies). */
export interface EngineOptions {
  ortWasmUrl?: string;
  /** IndexedDB database for history and settings (tests use their own); default Aisle's one database. */
  databaseName?: string;
  /** How much shopper history is kept; default 500 entries, 90 days. */
  historyLimits?: HistoryLimits;
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
  const historyStore = new HistoryStore(options.databaseName, options.historyLimits ?? defaultHistoryLimits);
  let recommender: { for: CatalogSearch; withModel: boolean; value: Recommender } | undefined;

  /** The recommender for the current catalog, rebuilt when the catalog changes or embeddings arrive. */
  const currentRecommender = (): Recommender => {
    if (recommender?.for !== catalog || recommender.withModel !== catalog.hasModel) {
      recommender = { for: catalog, withModel: catalog.hasModel, value: new Recommender(catalog.allProducts(), catalog.productVectors()) };
    }
    return recommender.value;
  };

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
    if (embedder) await catalog.attachModel(embedder);
    return catalog.size;
  }

  const status = (): EngineStatus => ({
    products: catalog.size,
    models: { ...models },
    searchPath: catalog.hasModel ? 'model' : 'lexical',
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

    async search(query, { limit = 10 } = {}) {
      return catalog.search(query, limit);
    },

    async prepareModels(onProgress) {
      if (requireConfig().models === false) return status();
      try {
        embedderLoading ??= loadEmbedder(onProgress);
        embedder = await embedderLoading;
        if (!catalog.hasModel) await catalog.attachModel(embedder);
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

    async record(input) {
      const event = normalizeShopperEvent(input);
      if (typeof event === 'string') throw new Error(`aisle.record: ${event}`);
      if (event.productId && !event.title) event.title = catalog.product(event.productId)?.title;
      return historyStore.record(event);
    },

    history: () => historyStore.list(),

    forgetHistory: (id) => historyStore.forget(id),

    async setHistoryEnabled(on) {
      await historyStore.setEnabled(on);
      return historyStore.settings();
    },

    historySettings: () => historyStore.settings(),

    async recommend(request) {
      return currentRecommender().recommend(request, await historyStore.list());
    },
  };
}
