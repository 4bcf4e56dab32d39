import type { Engine, Product } from './engine-api.ts';
import { parseCatalogFeed } from './catalog/parse-feed.ts';
import { productsFrom } from './catalog/normalize-record.ts';
import { requestPersistentStorage } from './runtime/storage-quota.ts';
import { askAboutProduct } from './qa/qa.ts';
import type { AnswerPhraser } from './qa/qa-types.ts';
import { suggestQuestions } from './qa/suggest-questions.ts';
import { specLabel } from './translate/spec-labels.ts';
import { defaultHistoryLimits, HistoryStore } from './recommend/history-store.ts';
import type { HistoryLimits } from './recommend/recommend-types.ts';
import { normalizeShopperEvent } from './recommend/shopper-event.ts';
import { MessageRouter } from './route/route.ts';
import { StoreDesk } from './store/store.ts';
import type { EmbeddingCache } from './search/search-types.ts';
import { loadPrebuiltIndex } from './search/prebuilt-index.ts';
import type { LexicalIndex } from './search/lexical-index.ts';
import { createGenerativeParts } from './generate/generate.ts';
import type { TranslationCache } from './translate/translate-types.ts';
import { CatalogState } from './engine/catalog-state.ts';
import type { PrebuiltSource } from './engine/engine-types.ts';
import { engineStatus } from './engine/engine-status.ts';
import { ModelSlots } from './engine/model-slots.ts';
import { queryTranslation } from './engine/query-translation.ts';
import { ReviewRoom } from './engine/review-room.ts';
import { errorMessage } from '../common/error-message.ts';
import { readJsonLdSteps } from '../common/json-ld/block-products.ts';
import { runStepsInSlices } from '../common/yield-to-event-loop.ts';

/** Options fixed where the engine is created. */
export interface EngineOptions {
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
 *
 * A composition root: the state lives in parts under workers/engine/ (model slots, the catalog and
 * its index, the lazily loaded review room), and each Engine method hands its work to a room.
 */
export function createEngine(options: EngineOptions = {}): Engine {
  const slots = new ModelSlots((model) => reviewRoom.attachClassifier(model));
  const state = new CatalogState(options.embeddingCache);
  const reviewRoom = new ReviewRoom(() => slots);
  const historyStore = new HistoryStore(options.databaseName, options.historyLimits ?? defaultHistoryLimits);
  const storeDesk = new StoreDesk();
  const router = new MessageRouter();

  const { answerPhraser, ...generative } = createGenerativeParts({
    config: () => slots.requireConfig(),
    manifest: () => slots.currentManifest(),
    product: (id) => state.product(id),
    load: (task, entry, open) => slots.loadThroughRuntime(task, entry, open),
    modelState: (task) => slots.existingRuntime?.models[task],
    cache: options.translationCache,
  });

  /** Replaces the catalog everywhere it is held, and embeds it when the embedder is already loaded. */
  async function loadCatalog(products: Product[], prebuilt?: { lexical: LexicalIndex; source: PrebuiltSource }): Promise<number> {
    state.replace(products, prebuilt);
    storeDesk.setProducts(products);
    await reviewRoom.clear();
    if (slots.embedder) await state.embed(slots.embedder, slots.configured?.maxEmbedProducts);
    return state.catalog.size;
  }

  const status = () => engineStatus(state, slots);

  return {
    ...generative,

    async configure(next) {
      slots.configure(next);
      router.mode = next.routing ?? 'hybrid';
    },

    load: (records) => loadCatalog(productsFrom(records)),

    async loadFeed(url, records = []) {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`catalog feed ${url} answered HTTP ${response.status}`);
      const { products, skipped } = parseCatalogFeed(await response.text());
      const extra = productsFrom(records);
      const ids = new Set(extra.map((p) => p.id));
      const count = await loadCatalog([...extra, ...products.filter((p) => !ids.has(p.id))]);
      return { count, skipped };
    },

    // In the worker, off the page's thread. In the in-page fallback (src/engine/in-page-engine.ts) this runs
    // on the page: a large block's JSON.parse is then one long task there, the price of a page where no
    // worker can run; the rest of the read is still cut in slices.
    readJsonLd: (blocks, options) => runStepsInSlices(readJsonLdSteps(blocks, options)),

    async search(query, { limit = 10, ignore = [], lang } = {}) {
      const catalog = state.catalog;
      const translated = await queryTranslation(query, slots.configured, catalog.language, generative.translate);
      return catalog.search(query, { limit, ignore, translated, lang });
    },

    async loadIndex(url) {
      const loaded = await loadPrebuiltIndex(url);
      return loadCatalog(loaded.products, { lexical: loaded.lexical, source: { url, manifest: loaded.manifest } });
    },

    async prepareModels(onProgress, prepareOptions = {}) {
      if (slots.requireConfig().models === false) return status();
      if (prepareOptions.saveDataConsent) slots.consentToSaveData();
      // A go-ahead while search's model is ready is for the background models that wait (loadAgreed).
      const agreedLater = prepareOptions.saveDataConsent === true && slots.embedder !== undefined;
      const embedder = await slots.prepareEmbedder(onProgress);
      if (!embedder) return status(); // not loaded (error, consent, storage): a later call may try again
      try {
        if (!storeDesk.hasModel) storeDesk.attachModel(embedder);
        if (!router.hasModel) router.attachModel(embedder);
        if (!state.catalog.hasModel) await state.embed(embedder, slots.configured?.maxEmbedProducts);
        await reviewRoom.attachEmbedder(embedder);
      } catch (error) {
        const message = `embedding the catalog failed: ${errorMessage(error)}`;
        slots.currentRuntime().models.embeddings = { state: 'error', message };
        onProgress?.({ status: 'error', task: 'embeddings', model: embedder.model.id, message });
      }
      // The review room's classifier loads after search's model, in the background: search upgrades
      // without waiting for it, and review answers stay on the light path until it is ready.
      // Its plan is awaited (not its download), so a sentiment model waiting for a go-ahead is in this status.
      await slots.startSentiment(agreedLater ? onProgress : undefined);
      // A go-ahead given while search's model was ready loads what waited (the re-ranker, the sentiment
      // model) now, with its progress: search is not kept waiting by it.
      if (agreedLater) await slots.loadAgreed(onProgress);
      return status();
    },

    status,

    async requestPersistentStorage() {
      return requestPersistentStorage();
    },

    async ask(productId, question, onToken) {
      const rerankerPlanned = slots.startReranker();
      const product = state.requireProduct(productId);
      const { phraser, note } = options.answerPhraser ? { phraser: options.answerPhraser } : await answerPhraser();
      const answer = await askAboutProduct(product, question, { embedder: slots.embedder, reranker: slots.reranker, phraser, onToken });
      // Its plan (not its download), done meanwhile: a re-ranker waiting for a go-ahead is in status() once the answer is.
      await rerankerPlanned;
      return note && !answer.phrasingNote ? { ...answer, phrasingNote: note } : answer;
    },

    async suggestQuestions(productId, language = 'en') {
      void slots.startReranker();
      return suggestQuestions(state.requireProduct(productId), language);
    },

    async specLabels(names, language) {
      return names.map((name) => specLabel(name, language));
    },

    async summarizeReviews(productId, language) {
      return (await reviewRoom.open()).summarize(state.requireProduct(productId), language);
    },

    async sentiment(texts) {
      return (await reviewRoom.open()).sentiment(texts);
    },

    async record(input) {
      const event = normalizeShopperEvent(input);
      if (typeof event === 'string') throw new Error(`aisle.record: ${event}`);
      if (event.productId && !event.title) event.title = state.catalog.product(event.productId)?.title;
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
      return state.currentRecommender().recommend(request, await historyStore.list());
    },

    loadStorePolicies: (source) => storeDesk.load(source),

    route: (message, context) => router.route(message, context),

    askStore: (question, productId) => storeDesk.ask(question, productId),
  };
}
