import type { Engine, EngineConfig, EngineStatus, ModelProgress, Product } from './engine-api.ts';
import { parseCatalogFeed } from './catalog/parse-feed.ts';
import { Embedder } from './runtime/embedder.ts';
import { fetchManifest, type ModelManifest } from './runtime/manifest.ts';
import { ModelRuntime } from './runtime/model-runtime.ts';
import { configureTransformers } from './runtime/transformers-env.ts';
import { CatalogSearch } from './search/catalog-search.ts';

/** Options fixed where the engine is created (the worker file knows where its wasm lies). */
export interface EngineOptions {
  ortWasmUrl?: string;
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
  let embedderLoading: Promise<Embedder | undefined> | undefined;
  let runtime: ModelRuntime | undefined;

  const requireConfig = (): EngineConfig => {
    if (!config) throw new Error('the engine is not configured: call configure() first');
    return config;
  };

  async function loadEmbedder(onProgress?: (p: ModelProgress) => void, saveDataConsent?: boolean): Promise<Embedder | undefined> {
    const current = requireConfig();
    runtime ??= new ModelRuntime(current);
    try {
      manifest ??= current.manifest ?? (await fetchManifest(current.modelHost));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      runtime.models.embeddings = { state: 'error', message };
      onProgress?.({ status: 'error', task: 'embeddings', model: '', message });
      return undefined;
    }
    const entry = manifest.models.embeddings;
    if (!entry) {
      runtime.models.embeddings = { state: 'error', message: 'the model manifest has no "embeddings" model' };
      return undefined;
    }
    return runtime.load('embeddings', entry, async ({ model, choose, onProgress: progress, onFallback }) => {
      const value = await Embedder.load(model, { devices: { single: choose('single'), batch: choose('batch') }, onProgress: progress, onFallback });
      return { value, devices: value.devices, fallback: value.fallbackReason };
    }, onProgress, saveDataConsent);
  }

  async function loadProducts(products: Product[]): Promise<number> {
    catalog = new CatalogSearch(products);
    if (embedder) await catalog.attachModel(embedder);
    return catalog.size;
  }

  const status = async (): Promise<EngineStatus> => ({
    products: catalog.size,
    models: { ...runtime?.models },
    searchPath: catalog.hasModel ? 'model' : 'lexical',
    storage: await runtime?.storageStatus(),
    capabilities: runtime?.probedCapabilities,
  });

  return {
    async configure(next) {
      config = { ...next, ortWasmUrl: next.ortWasmUrl ?? options.ortWasmUrl };
      manifest = next.manifest;
      runtime = new ModelRuntime(config);
      embedder = undefined;
      embedderLoading = undefined;
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

    async prepareModels(onProgress, options = {}) {
      if (requireConfig().models === false) return status();
      embedderLoading ??= loadEmbedder(onProgress, options.saveDataConsent);
      embedder = await embedderLoading;
      if (!embedder) embedderLoading = undefined; // not loaded (error, consent, storage): a later call may try again
      else if (!catalog.hasModel) {
        try {
          await catalog.attachModel(embedder);
        } catch (error) {
          const message = `embedding the catalog failed: ${error instanceof Error ? error.message : String(error)}`;
          runtime!.models.embeddings = { state: 'error', message };
          onProgress?.({ status: 'error', task: 'embeddings', model: embedder.model.id, message });
        }
      }
      return status();
    },

    async status() {
      return status();
    },
  };
}
