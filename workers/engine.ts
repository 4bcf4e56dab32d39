import type { Engine, EngineConfig, EngineStatus, ModelProgress, ModelState, Product } from './engine-api.ts';
import { parseCatalogFeed } from './catalog/parse-feed.ts';
import { Embedder } from './runtime/embedder.ts';
import { fetchManifest, type ModelManifest } from './runtime/manifest.ts';
import { configureTransformers } from './runtime/transformers-env.ts';
import { CatalogSearch } from './search/catalog-search.ts';
import { createGenerativeParts } from './generate/generative-engine.ts';
import type { TranslationCache } from './translate/translation-cache.ts';

/** Options fixed where the engine is created (the worker file knows where its wasm lies). */
export interface EngineOptions {
  ortWasmUrl?: string;
  /** Where translations are kept; default the `translations` IndexedDB store (memory in Node). */
  translationCache?: TranslationCache;
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
  let productsById = new Map<string, Product>();

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
    productsById = new Map(products.map((p) => [p.id, p]));
    if (embedder) await catalog.attachModel(embedder);
    return catalog.size;
  }

  const status = (): EngineStatus => ({
    products: catalog.size,
    models: { ...models },
    searchPath: catalog.hasModel ? 'model' : 'lexical',
  });

  const generative = createGenerativeParts({
    config: requireConfig,
    manifest: async () => (manifest ??= requireConfig().manifest ?? (await fetchManifest(requireConfig().modelHost))),
    product: (id) => productsById.get(id),
    models,
    cache: options.translationCache,
  });

  return {
    ...generative,

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
  };
}
