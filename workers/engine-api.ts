/**
 * The whole protocol between the page half (src/) and the engine (workers/). The page imports
 * these types only; the engine implements them in a worker (Comlink) or in-thread (Node, CLI).
 */
import type { Product } from './catalog/product.ts';
import type { ModelManifest } from './runtime/manifest.ts';
import type { ProductAnswer } from './qa/product-answer.ts';
import type { ReviewSummary, SentimentResult } from './reviews/review-types.ts';
import type { RecommendRequest, RecommendResponse } from './recommend/recommend-types.ts';
import type { HistoryEntry, HistorySettings, ShopperEvent } from './recommend/shopper-event.ts';
import type { RouteContext, RouteDecision } from './route/route-decision.ts';
import type { StoreAnswer } from './store/store-answer.ts';
import type { StorePolicyLoad, StorePolicySource } from './store/store-policy.ts';
import type { SearchIntent } from './search/search-intent.ts';
import type { Capabilities } from './runtime/capabilities.ts';

export type { Product, ProductReview, ProductQuestion } from './catalog/product.ts';
export type { ModelManifest, ManifestModel, ManifestFile } from './runtime/manifest.ts';
export type { ProductAnswer, AnswerVerdict, OpinionCount } from './qa/product-answer.ts';
export type { CitedEvidence, Evidence, EvidenceKind } from './qa/evidence.ts';
export type { AspectChip, Polarity, RatingDistribution, ReviewQuote, ReviewSummary, SentimentResult } from './reviews/review-types.ts';
export type { HistoryEntry, HistorySettings, ShopperEvent, ShopperEventType } from './recommend/shopper-event.ts';
export type {
  Recommendation, RecommendationKind, RecommendationReason, RecommendRequest, RecommendResponse, SimilarTrait,
} from './recommend/recommend-types.ts';
export type { MessageRoute, RouteContext, RouteDecision } from './route/route-decision.ts';
export type { StoreAnswer, StoreAnswerStatus, StoreEvidence } from './store/store-answer.ts';
export type { PolicyEntry, PolicySourceKind, PolicyTopic, StoreContact, StorePolicyLoad, StorePolicySource } from './store/store-policy.ts';
export type { SearchIntent, IntentChip, IntentChipKind, SortIntent } from './search/search-intent.ts';
export type { Capabilities } from './runtime/capabilities.ts';
export type { Lang } from './translate/language.ts';
export type { TranslationResponse } from './translate/translator.ts';
export type { ProductDraft, DraftSentence } from './generate/draft.ts';
export type { GenerateRequest, GenerateResponse } from './generate/generative-engine.ts';
import type { Lang } from './translate/language.ts';
import type { TranslationResponse } from './translate/translator.ts';
import type { ProductDraft } from './generate/draft.ts';
import type { GenerateRequest, GenerateResponse } from './generate/generative-engine.ts';

/** Which method produced an answer: a light one that needs no model, or a transformer model. */
export type AnswerSource = 'lexical' | 'model';

/** Engine settings, sent once by whoever starts the engine. */
export interface EngineConfig {
  /** Base URL (or, in Node, a directory) that holds manifest.json and one folder per model id. */
  modelHost: string;
  /** The manifest, when the caller already has it; otherwise read from `${modelHost}manifest.json`. */
  manifest?: ModelManifest;
  /** Absolute URL of ONNX Runtime's wasm binary, served with the widget (never a CDN). */
  ortWasmUrl?: string;
  /** WASM threads; 1 unless the page is cross-origin isolated. */
  threads?: number;
  /** Turn the model path off entirely (light path only). */
  models?: boolean;
  /** How messages are routed once the embedding model is ready (default `hybrid`: sure rules, else prototypes). */
  routing?: 'hybrid' | 'prototypes' | 'rules';
  /** Force a device ('wasm' or 'webgpu'); 'auto' (default) chooses per task and workload. */
  device?: 'auto' | 'wasm' | 'webgpu';
  /**
   * The shopper agreed to model downloads on a `saveData` connection. Without it, a saveData
   * connection loads only models already cached and stays on the light path otherwise.
   */
  saveDataConsent?: boolean;
  /** IndexedDB database name for the model cache (tests use a fresh one); default 'aisle'. */
  cacheName?: string;
  /** Where translation and the LLM run; default WASM in a browser, the native CPU binding in Node. */
  generativeDevice?: 'wasm' | 'webgpu' | 'cpu';
  /**
   * Who words product answers. `template` (fixed wording); `generated`: the manifest's LLM, loaded on
   * the first question, words them over the same evidence, sentence by sentence checked; `auto`
   * (default): the LLM words them only once it is loaded anyway (by `generate` or `draft`).
   */
  answerPhrasing?: 'auto' | 'generated' | 'template';
  /**
   * How a search in one language meets a catalog in the other (a Chinese query, an English shop).
   * The glossary always adds the known shopping words to the lexical match. `embeddings`: the
   * multilingual embedding model reads the query as written. `translate`: the manifest's translation
   * model first translates the query (cached like any translation) and the translation is matched and
   * embedded; without a translation model it behaves as `embeddings`. Default `embeddings`, chosen by
   * measurement: docs/translate-and-write.md, "Cross-language search".
   */
  crossLanguage?: 'embeddings' | 'translate';
}

/** One product in a result list, with the reasons it was chosen. */
export interface SearchHit {
  product: Product;
  score: number;
  /** Short, human reasons: "title matches 'running'", "close in meaning to your search". */
  why: string[];
}

/** A search answer: the hits and which path produced them. */
export interface SearchResponse {
  query: string;
  hits: SearchHit[];
  source: AnswerSource;
  /** What the query was read as (filters, order); its `chips` are what the UI shows as removable filters. */
  intent?: SearchIntent;
  /** The query as translated into the catalog's language, when cross-language search translated it. */
  translated?: string;
}

/** Options of one search. */
export interface SearchOptions {
  limit?: number;
  /** Ids of intent chips the shopper removed: those filters are not applied. */
  ignore?: string[];
}

/** Where the search index came from and what embedding it needed. */
export interface IndexStatus {
  /** Products embedded on this device for the current catalog. */
  embedded: number;
  /** Product vectors reused from the IndexedDB cache. */
  fromCache: number;
  /** Product vectors that came with a prebuilt index. */
  prebuilt: number;
}

/** Where a ready model runs: the device for single short inputs and for batches. */
export interface ModelDevices {
  single: 'wasm' | 'webgpu' | 'cpu';
  batch: 'wasm' | 'webgpu' | 'cpu';
}

/** Loading state of one model. The optional fields say more for the UI (bytes, device, variant). */
export type ModelState =
  | { state: 'idle'; reason?: 'save-data' | 'storage' | 'unpinned'; message?: string }
  | {
      state: 'loading';
      progress: number;
      loadedBytes: number;
      totalBytes: number;
      /** Bytes of this load that came over the network / from the verified cache so far. */
      networkBytes?: number;
      cachedBytes?: number;
      modelId?: string;
    }
  | {
      state: 'ready';
      modelId?: string;
      /** 'lite' when a smaller model was chosen (weak device, short storage). */
      variant?: 'full' | 'lite';
      devices?: ModelDevices;
      /** Why WebGPU gave way to WASM, when it did. */
      fallback?: string;
      /** Every file came from the verified cache (no download). */
      fromCache?: boolean;
      networkBytes?: number;
      /** Whole load (plan, files, session creation, warm-up) and the part spent getting verified files. */
      loadMs?: number;
      filesMs?: number;
      note?: string;
    }
  | { state: 'error'; message: string };

/** Progress events while a model loads, a tagged union on `status`. */
export type ModelProgress =
  | { status: 'initiate'; task: string; model: string; totalBytes: number }
  | { status: 'progress'; task: string; model: string; progress: number; loadedBytes: number; totalBytes: number }
  | { status: 'ready'; task: string; model: string }
  | { status: 'error'; task: string; model: string; message: string };

/** The model cache's state, for a status line: 'memory' means files are kept for this visit only. */
export interface StorageStatus {
  state: 'ok' | 'memory';
  message?: string;
  quotaBytes: number | null;
  usageBytes: number | null;
  persisted: boolean;
  /** Cached files found corrupt (and downloaded again) since the engine started. */
  corruptDropped: number;
}

/** What the engine can do right now. */
export interface EngineStatus {
  products: number;
  models: Record<string, ModelState>;
  /** The path that answers searches now. */
  searchPath: AnswerSource;
  /** How the product vectors of the current catalog were obtained. */
  index?: IndexStatus;
  /** The model cache, once models were prepared from a URL host. */
  storage?: StorageStatus;
  /** What the device offers (WebGPU, threads, memory, saveData), once probed. */
  capabilities?: Capabilities;
}

/** The engine: everything the widget asks of the worker. */
export interface Engine {
  configure(config: EngineConfig): Promise<void>;
  /** Replaces the catalog; returns how many products were indexed. */
  load(products: Product[]): Promise<number>;
  /** Fetches a catalog feed (JSON array or JSON Lines) and adds its products to `extra`; returns the count and skipped-record notes. */
  loadFeed(url: string, extra?: Product[]): Promise<{ count: number; skipped: string[] }>;
  /** Best answer available now: hybrid (model) once the embedding model is ready, lexical before. */
  search(query: string, options?: SearchOptions): Promise<SearchResponse>;
  /**
   * Loads a prebuilt index (`npx aisle index build`) from its folder URL: products and the lexical
   * index now, the int8 vector shards when the model is prepared. Replaces the catalog; returns its size.
   */
  loadIndex(url: string): Promise<number>;
  /** Loads the models (and embeds the catalog), reporting progress; resolves with the new status. */
  prepareModels(onProgress?: (progress: ModelProgress) => void, options?: { saveDataConsent?: boolean }): Promise<EngineStatus>;
  status(): Promise<EngineStatus>;
  /**
   * Answers a question about one product from its own data (specs, description, page Q&A,
   * reviews), with the evidence cited. The answer's words stream through `onToken`; returning
   * `false` from it cancels the stream (the resolved answer is still whole, `cancelled: true`).
   */
  ask(productId: string, question: string, onToken?: (token: string) => boolean | void | Promise<boolean | void>): Promise<ProductAnswer>;
  /** 3 to 5 questions worth asking about one product, in English or Chinese. */
  suggestQuestions(productId: string, language?: 'en' | 'zh'): Promise<string[]>;
  /** "Customers say" for one product: summary sentences, aspect chips with their quotes, pros/cons, ratings. */
  summarizeReviews(productId: string): Promise<ReviewSummary>;
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
  /** Translates texts into `to`, sentence by sentence, cached per (text hash, language); the glossary gloss (`lexical`) without a model. */
  translate(texts: string[], to: Lang): Promise<TranslationResponse>;
  /** Answers a question from the given evidence with the LLM, streaming text pieces to `onToken`; extractive (`lexical`) without one. */
  generate(request: GenerateRequest, onToken?: (text: string) => void): Promise<GenerateResponse>;
  /** Stops the answer or draft being generated now; its promise resolves with what was written so far. */
  stopGeneration(): Promise<void>;
  /** Drafts a description and blurb for a loaded product; every sentence lists the product fields it states. */
  draft(productId: string, lang?: Lang, onToken?: (text: string) => void): Promise<ProductDraft>;
}
