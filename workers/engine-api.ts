/**
 * The Engine interface: everything the page half (src/) asks of the engine (workers/). The engine
 * implements it in a worker (Comlink) or in-thread (Node, CLI). The types it speaks live in
 * workers/protocol/ (re-exported here for the page half and the CLI); rooms import them from there,
 * never from this file (docs/architecture.md).
 */
import type {
  EngineConfig, EngineStatus, GenerateRequest, GenerateResponse, HistoryEntry, HistorySettings, JsonLdBlockRead, JsonLdReadOptions, JsonLdText, Lang,
  ModelProgress, Product,
  ProductAnswer, ProductRecord, ProductDraft, RecommendRequest, RecommendResponse, ReviewSummary, RouteContext, RouteDecision, SearchOptions,
  SearchResponse, SentimentResult, ShopperEvent, SpecLabel, StoreAnswer, StorePolicyLoad, StorePolicySource, TranslationResponse,
} from './protocol/index.ts';

export type * from './protocol/index.ts';

/** The engine: everything the widget asks of the worker. */
export interface Engine {
  configure(config: EngineConfig): Promise<void>;
  /**
   * Replaces the catalog; returns how many products were indexed. Records are normalised like a feed's
   * (`{ id, title, price }` or `{ sku, name }` work); those that cannot be products are skipped with a warning.
   */
  load(products: ProductRecord[]): Promise<number>;
  /** Fetches a catalog feed (JSON array or JSON Lines) and adds its products to `extra`; returns the count and skipped-record notes. */
  loadFeed(url: string, extra?: ProductRecord[]): Promise<{ count: number; skipped: string[] }>;
  /**
   * Reads JSON-LD blocks the page finds too large to parse on its own thread (src/catalog/json-ld-scripts.ts)
   * to their products (common/json-ld/block-products.ts), each on its own; the page joins them with the
   * rest of its catalog (src/catalog/read-page-catalog.ts) and loads that.
   */
  readJsonLd(blocks: JsonLdText[], options: JsonLdReadOptions): Promise<JsonLdBlockRead[]>;
  /** Best answer available now: hybrid (model) once the embedding model is ready, lexical before. */
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  /**
   * Loads a prebuilt index (`npx aisle index build`) from its folder URL: products and the lexical
   * index now, the int8 vector shards when the model is prepared. Replaces the catalog; returns its size.
   */
  loadIndex(url: string): Promise<number>;
  /**
   * Loads the models (and embeds the catalog), reporting progress; resolves with the new status. With
   * `saveDataConsent` (the shopper's "Download") while search's model is ready, it resolves once the
   * background models that waited for it (the Q&A re-ranker a question asked for, the sentiment model)
   * have loaded, reporting their progress too.
   */
  prepareModels(onProgress?: (progress: ModelProgress) => void, options?: { saveDataConsent?: boolean }): Promise<EngineStatus>;
  status(): Promise<EngineStatus>;
  /**
   * Asks the browser to keep the model cache when storage runs low (on the shopper's first
   * interaction); resolves whether it is kept. Only a page may ask: an engine in a worker or in Node
   * resolves whether it is already kept, so the page-side client asks on the page itself.
   */
  requestPersistentStorage(): Promise<boolean>;
  /**
   * Answers a question about one product from its own data (specs, description, page Q&A,
   * reviews), with the evidence cited. The answer's words stream through `onToken`; returning
   * `false` from it cancels the stream (the resolved answer is still whole, `cancelled: true`).
   * Each token comes with who is wording the stream (`generated`: the LLM; `template`: fixed
   * wording), so a streaming answer can say what answers before the answer object arrives.
   * Starts the Q&A re-ranker in the background (again after a load that waited or failed); once the
   * answer is back, `status().models.reranking` says whether it waits for the shopper's go-ahead.
   */
  ask(productId: string, question: string, onToken?: (token: string, phrasing: ProductAnswer['phrasing']) => boolean | void | Promise<boolean | void>): Promise<ProductAnswer>;
  /** 3 to 5 questions worth asking about one product, in English or Chinese. */
  suggestQuestions(productId: string, language?: 'en' | 'zh'): Promise<string[]>;
  /**
   * "Customers say" for one product: summary sentences, aspect chips with their quotes, pros/cons, ratings.
   * With `language` (the shopper's), aspect names and pros/cons are in it; quotes stay verbatim.
   */
  summarizeReviews(productId: string, language?: 'en' | 'zh'): Promise<ReviewSummary>;
  /** Sentiment of each text (English or Chinese): the classifier once ready, the lexicons before. */
  sentiment(texts: string[]): Promise<SentimentResult[]>;
  /** Records what the shopper did, on this device only; resolves undefined when recording is off. Throws on a malformed event. */
  record(event: ShopperEvent): Promise<HistoryEntry | undefined>;
  /** The shopper's kept history, newest first. */
  history(): Promise<HistoryEntry[]>;
  /** Deletes one history entry, or all of them when no id is given. */
  forgetHistory(id?: number): Promise<void>;
  /** Switches recording on or off (persisted); resolves with the new settings. */
  setHistoryEnabled(on: boolean): Promise<HistorySettings>;
  /** Whether recording is on, and how much history is kept for how long. */
  historySettings(): Promise<HistorySettings>;
  /** Similar items, goes-well-with, or for-you, diverse, each with a reason. */
  recommend(request: RecommendRequest): Promise<RecommendResponse>;
  /** Replaces the shop's published policies (page FAQ/offer entries, the merchant FAQ file URL, the contact link). */
  loadStorePolicies(source: StorePolicySource): Promise<StorePolicyLoad>;
  /** Decides where a message goes: product question, store policy, search, or human help. */
  route(message: string, context?: RouteContext): Promise<RouteDecision>;
  /** Answers a store question (shipping, returns, warranty, payment, order help) from published policies only. */
  askStore(question: string, productId?: string): Promise<StoreAnswer>;
  /**
   * Spec rows' names as labels in `language` (the shopper's: the compare table's row heads), from the
   * glossary and the aspect vocabulary; a name neither knows stays as written, with its own language.
   */
  specLabels(names: string[], language: Lang): Promise<SpecLabel[]>;
  /** Translates texts into `to`, sentence by sentence, cached per (text hash, language); the glossary gloss (`lexical`) without a model. */
  translate(texts: string[], to: Lang): Promise<TranslationResponse>;
  /** Answers a question from the given evidence with the LLM, streaming text pieces to `onToken`; extractive (`lexical`) without one. */
  generate(request: GenerateRequest, onToken?: (text: string) => void): Promise<GenerateResponse>;
  /** Stops the answer or draft being generated now; its promise resolves with what was written so far. */
  stopGeneration(): Promise<void>;
  /** Drafts a description and blurb for a loaded product; every sentence lists the product fields it states. */
  draft(productId: string, lang?: Lang, onToken?: (text: string) => void): Promise<ProductDraft>;
}
