import type { Engine, EngineConfig, EngineStatus, IndexStatus, ModelProgress, Product } from './engine-api.ts';
import { parseCatalogFeed } from './catalog/parse-feed.ts';
import { productsFrom } from './catalog/normalize-record.ts';
import { Embedder } from './runtime/embedder.ts';
import { fetchManifest } from './runtime/manifest.ts';
import type { ManifestModel, ModelManifest } from './protocol/models.ts';
import { ModelRuntime } from './runtime/model-runtime.ts';
import { requestPersistentStorage } from './runtime/storage-quota.ts';
import { configureTransformers } from './runtime/transformers-env.ts';
import { CatalogSearch } from './search/catalog-search.ts';
import { askAboutProduct } from './qa/ask-product.ts';
import { CrossEncoder } from './qa/cross-encoder.ts';
import type { AnswerPhraser } from './qa/answer-phraser.ts';
import { suggestQuestions } from './qa/suggest-questions.ts';
import type { ReviewIntelligence } from './reviews/review-intelligence.ts';
import { SentimentClassifier } from './reviews/sentiment-classifier.ts';
import { defaultHistoryLimits, HistoryStore, type HistoryLimits } from './recommend/history-store.ts';
import { Recommender } from './recommend/recommender.ts';
import { normalizeShopperEvent } from './recommend/shopper-event.ts';
import { MessageRouter } from './route/message-router.ts';
import { StoreDesk } from './store/store-desk.ts';
import { IndexedDbEmbeddingCache, type EmbeddingCache } from './search/embedding-cache.ts';
import { loadPrebuiltIndex, loadPrebuiltVectors, type PrebuiltIndexManifest } from './search/prebuilt-index.ts';
import type { TextEmbedder } from './search/text-embedder.ts';
import { embeddingModelKey } from './runtime/embedding-model-key.ts';
import { createGenerativeParts } from './generate/generative-engine.ts';
import type { TranslationCache } from './translate/translation-cache.ts';
import { detectLang } from './translate/language.ts';

/** Options fixed where the engine is created (the worker file knows where its wasm lies). */
export interface EngineOptions {
  ortWasmUrl?: string;
  /** Words product answers; the template phraser when absent (a generative one comes from workers/generate/). */
  answerPhraser?: AnswerPhraser;
  /** IndexedDB database for history and settings (tests use their own); default Aisle's one database. */
  databaseName?: string;
  /** How much shopper history is kept; default 500 entries, 90 days. */
  historyLimits?: HistoryLimits;
  /** Where product vectors are kept between visits; default: IndexedDB when the runtime has it. */
  embeddingCache?: EmbeddingCache | null;
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
  let productsById = new Map<string, Product>();
  let embedder: Embedder | undefined;
  let embedderLoading: Promise<Embedder | undefined> | undefined;
  let runtime: ModelRuntime | undefined;
  let reranker: CrossEncoder | undefined;
  let rerankerLoading: Promise<void> | undefined;
  /** Given once (prepareModels on a saveData connection), it covers every model loaded after. */
  let saveDataConsent = false;
  let sentimentModel: SentimentClassifier | undefined;
  let sentimentLoading: Promise<void> | undefined;
  let reviewRoom: Promise<ReviewIntelligence> | undefined;

  /** The review room, loaded on first use (its lexicons and tagger stay out of the worker's first chunk). */
  const reviews = (): Promise<ReviewIntelligence> =>
    (reviewRoom ??= import('./reviews/review-intelligence.ts').then(({ ReviewIntelligence }) => {
      const room = new ReviewIntelligence();
      if (sentimentModel) room.attachClassifier(sentimentModel);
      if (embedder) room.attachEmbedder(embedder);
      return room;
    }));
  const historyStore = new HistoryStore(options.databaseName, options.historyLimits ?? defaultHistoryLimits);
  let recommender: { for: CatalogSearch; withModel: boolean; value: Recommender } | undefined;

  /** The recommender for the current catalog, rebuilt when the catalog changes or embeddings arrive. */
  const currentRecommender = (): Recommender => {
    if (recommender?.for !== catalog || recommender.withModel !== catalog.hasModel) {
      recommender = { for: catalog, withModel: catalog.hasModel, value: new Recommender(catalog.allProducts(), catalog.productVectors()) };
    }
    return recommender.value;
  };
  const storeDesk = new StoreDesk();
  const router = new MessageRouter();
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

  /** The runtime for the current config: verified cache, quota, device choice, saveData consent. */
  const currentRuntime = (): ModelRuntime => (runtime ??= new ModelRuntime(requireConfig()));

  /** The manifest of the configured model host, fetched once. */
  const currentManifest = async (): Promise<ModelManifest> => (manifest ??= requireConfig().manifest ?? (await fetchManifest(requireConfig().modelHost)));

  /** Loads the embedding model through the runtime, on a device per workload (queries, batches). */
  async function loadEmbedder(onProgress?: (p: ModelProgress) => void): Promise<Embedder | undefined> {
    const models = currentRuntime().models;
    let entry: ManifestModel | undefined;
    try {
      entry = (await currentManifest()).models.embeddings;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      models.embeddings = { state: 'error', message };
      onProgress?.({ status: 'error', task: 'embeddings', model: '', message });
      return undefined;
    }
    if (!entry) {
      models.embeddings = { state: 'error', message: 'the model manifest has no "embeddings" model' };
      return undefined;
    }
    return currentRuntime().load('embeddings', entry, async ({ model, choose, onProgress: progress, onFallback }) => {
      const value = await Embedder.load(model, { devices: { single: choose('single'), batch: choose('batch') }, onProgress: progress, onFallback });
      return { value, devices: value.devices, fallback: value.fallbackReason };
    }, onProgress, saveDataConsent);
  }

  /**
   * Loads a model other than the embedder through the runtime, so its files come from the verified
   * cache (checked against the manifest) like the search model's; undefined, with its state in
   * status(), when it cannot load.
   */
  const loadThroughRuntime = <T>(task: string, entry: ManifestModel, open: (model: ManifestModel, onProgress: (p: ModelProgress) => void) => Promise<T>) =>
    currentRuntime().load(task, entry, async ({ model, onProgress }) => ({ value: await open(model, onProgress) }), undefined, saveDataConsent);

  /**
   * Loads the Q&A cross-encoder when the manifest has one, in the background, on the first product
   * question (searches never pay for it); questions use it once ready (status().models.reranking).
   * Q&A works without it if it fails.
   */
  async function loadReranker(): Promise<void> {
    const entry = manifest?.models.reranking;
    if (!entry || reranker) return;
    reranker = await loadThroughRuntime('reranking', entry, (model, onProgress) => CrossEncoder.load(model, onProgress));
  }

  /** Loads the manifest's sentiment classifier, when it lists one, for the review room's model path; never throws. */
  async function loadSentiment(): Promise<void> {
    if (sentimentModel) return;
    const entry = (await currentManifest().catch(() => undefined))?.models.sentiment;
    if (!entry) return;
    sentimentModel = await loadThroughRuntime('sentiment', entry, (model, onProgress) => SentimentClassifier.load(model, onProgress));
    if (!sentimentModel) {
      sentimentLoading = undefined;
      return;
    }
    if (reviewRoom) (await reviewRoom).attachClassifier(sentimentModel);
  }

  async function loadProducts(products: Product[]): Promise<number> {
    catalog = new CatalogSearch(products);
    productsById = new Map(products.map((p) => [p.id, p]));
    if (reviewRoom) (await reviewRoom).clear();
    storeDesk.setProducts(products);
    prebuilt = undefined;
    indexStatus = undefined;
    if (embedder) await embedCatalog(embedder);
    return catalog.size;
  }

  const productFor = (id: string): Product => {
    const product = productsById.get(id);
    if (!product) throw new Error(`no product with id "${id}" in the loaded catalog`);
    return product;
  };

  const status = async (): Promise<EngineStatus> => ({
    products: catalog.size,
    models: { ...runtime?.models },
    searchPath: catalog.hasModel ? 'model' : 'lexical',
    storage: await runtime?.storageStatus(),
    capabilities: runtime?.probedCapabilities,
    ...(indexStatus ? { index: { ...indexStatus } } : {}),
  });

  const { answerPhraser, ...generative } = createGenerativeParts({
    config: requireConfig,
    manifest: currentManifest,
    product: (id) => productsById.get(id),
    load: loadThroughRuntime,
    modelState: (task) => runtime?.models[task],
    cache: options.translationCache,
  });

  /**
   * In `translate` cross-language mode, a query in the other language than the catalog's, translated
   * by the translation model; undefined otherwise, or when no model translated it (the glossary gloss is
   * no translation: the lexical index already uses the glossary).
   */
  async function queryTranslation(query: string): Promise<string | undefined> {
    if (config?.crossLanguage !== 'translate' || config.models === false || !query.trim()) return undefined;
    const to = catalog.language;
    if (detectLang(query) === to) return undefined;
    try {
      const result = await generative.translate([query], to);
      return result.source === 'model' && result.texts[0]?.trim() ? result.texts[0] : undefined;
    } catch (error) {
      console.warn(`aisle: query translation failed, searching the query as written: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }

  return {
    ...generative,

    async configure(next) {
      config = { ...next, ortWasmUrl: next.ortWasmUrl ?? options.ortWasmUrl };
      manifest = next.manifest;
      router.mode = next.routing ?? 'hybrid';
      runtime = new ModelRuntime(config);
      embedder = undefined;
      embedderLoading = undefined;
      configureTransformers(config);
    },

    load: (records) => loadProducts(productsFrom(records)),

    async loadFeed(url, records = []) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`catalog feed ${url} answered HTTP ${response.status}`);
      const { products, skipped } = parseCatalogFeed(await response.text());
      const extra = productsFrom(records);
      const ids = new Set(extra.map((p) => p.id));
      const count = await loadProducts([...extra, ...products.filter((p) => !ids.has(p.id))]);
      return { count, skipped };
    },

    async search(query, { limit = 10, ignore = [] } = {}) {
      return catalog.search(query, { limit, ignore, translated: await queryTranslation(query) });
    },

    async loadIndex(url) {
      const loaded = await loadPrebuiltIndex(url);
      catalog = new CatalogSearch(loaded.products, loaded.lexical);
      productsById = new Map(loaded.products.map((p) => [p.id, p]));
      storeDesk.setProducts(loaded.products);
      if (reviewRoom) (await reviewRoom).clear();
      prebuilt = { url, manifest: loaded.manifest };
      indexStatus = undefined;
      if (embedder) await embedCatalog(embedder);
      return catalog.size;
    },

    async prepareModels(onProgress, prepareOptions = {}) {
      if (requireConfig().models === false) return status();
      if (prepareOptions.saveDataConsent) saveDataConsent = true;
      embedderLoading ??= loadEmbedder(onProgress);
      embedder = await embedderLoading;
      if (!embedder) {
        embedderLoading = undefined; // not loaded (error, consent, storage): a later call may try again
        return status();
      }
      try {
        if (!storeDesk.hasModel) storeDesk.attachModel(embedder);
        if (!router.hasModel) router.attachModel(embedder);
        if (!catalog.hasModel) await embedCatalog(embedder);
        if (reviewRoom) (await reviewRoom).attachEmbedder(embedder);
      } catch (error) {
        const message = `embedding the catalog failed: ${error instanceof Error ? error.message : String(error)}`;
        runtime!.models.embeddings = { state: 'error', message };
        onProgress?.({ status: 'error', task: 'embeddings', model: embedder.model.id, message });
      }
      // The review room's classifier loads after search's model, in the background: search upgrades
      // without waiting for it, and review answers stay on the light path until it is ready.
      sentimentLoading ??= loadSentiment();
      return status();
    },

    async status() {
      return status();
    },

    async requestPersistentStorage() {
      return requestPersistentStorage();
    },

    async ask(productId, question, onToken) {
      if (embedder) rerankerLoading ??= loadReranker();
      const product = productFor(productId);
      const { phraser, note } = options.answerPhraser ? { phraser: options.answerPhraser } : await answerPhraser();
      const answer = await askAboutProduct(product, question, { embedder, reranker, phraser, onToken });
      return note && !answer.phrasingNote ? { ...answer, phrasingNote: note } : answer;
    },

    async suggestQuestions(productId, language = 'en') {
      if (embedder) rerankerLoading ??= loadReranker();
      return suggestQuestions(productFor(productId), language);
    },

    async summarizeReviews(productId) {
      return (await reviews()).summarize(productFor(productId));
    },

    async sentiment(texts) {
      return (await reviews()).sentiment(texts);
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
    loadStorePolicies: (source) => storeDesk.load(source),

    route: (message, context) => router.route(message, context),

    askStore: (question, productId) => storeDesk.ask(question, productId),
  };
}
