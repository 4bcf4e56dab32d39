import type { Engine, EngineConfig, EngineStatus, ModelProgress, ModelState, Product } from './engine-api.ts';
import { parseCatalogFeed } from './catalog/parse-feed.ts';
import { Embedder } from './runtime/embedder.ts';
import { fetchManifest, type ModelManifest } from './runtime/manifest.ts';
import { configureTransformers } from './runtime/transformers-env.ts';
import { CatalogSearch } from './search/catalog-search.ts';
import { askAboutProduct } from './qa/ask-product.ts';
import { CrossEncoder } from './qa/cross-encoder.ts';
import type { AnswerPhraser } from './qa/answer-phraser.ts';
import { suggestQuestions } from './qa/suggest-questions.ts';

/** Options fixed where the engine is created (the worker file knows where its wasm lies). */
export interface EngineOptions {
  ortWasmUrl?: string;
  /** Words product answers; the template phraser when absent (a generative one comes from workers/generate/). */
  answerPhraser?: AnswerPhraser;
}

/**
 * The engine, in-thread: the worker exposes one of these through Comlink; Node tests, benchmarks
 * and the CLI use it directly.
 */
export function createEngine(options: EngineOptions = {}): Engine {
  let config: EngineConfig | undefined;
  let manifest: ModelManifest | undefined;
  let catalog = new CatalogSearch([]);
  let productsById = new Map<string, Product>();
  let embedder: Embedder | undefined;
  let embedderLoading: Promise<Embedder> | undefined;
  let reranker: CrossEncoder | undefined;
  let rerankerLoading: Promise<void> | undefined;
  const models: Record<string, ModelState> = {};

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

  /**
   * Loads the Q&A cross-encoder when the manifest has one, in the background, on the first product
   * question (searches never pay for it); questions use it once ready (status().models.reranker).
   * Q&A works without it if it fails.
   */
  async function loadReranker(): Promise<void> {
    const entry = manifest?.models.reranker;
    if (!entry || reranker) return;
    models.reranker = { state: 'loading', progress: 0, loadedBytes: 0, totalBytes: 0 };
    try {
      reranker = await CrossEncoder.load(entry);
      models.reranker = { state: 'ready' };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      models.reranker = { state: 'error', message };
    }
  }

  async function loadProducts(products: Product[]): Promise<number> {
    catalog = new CatalogSearch(products);
    productsById = new Map(products.map((p) => [p.id, p]));
    if (embedder) await catalog.attachModel(embedder);
    return catalog.size;
  }

  const productFor = (id: string): Product => {
    const product = productsById.get(id);
    if (!product) throw new Error(`no product with id "${id}" in the loaded catalog`);
    return product;
  };

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

    async ask(productId, question, onToken) {
      if (embedder) rerankerLoading ??= loadReranker();
      return askAboutProduct(productFor(productId), question, { embedder, reranker, phraser: options.answerPhraser, onToken });
    },

    async suggestQuestions(productId, language = 'en') {
      if (embedder) rerankerLoading ??= loadReranker();
      return suggestQuestions(productFor(productId), language);
    },
  };
}
