/**
 * The whole protocol between the page half (src/) and the engine (workers/). The page imports
 * these types only; the engine implements them in a worker (Comlink) or in-thread (Node, CLI).
 */
import type { Product } from './catalog/product.ts';
import type { ModelManifest } from './runtime/manifest.ts';
import type { RouteContext, RouteDecision } from './route/route-decision.ts';
import type { StoreAnswer } from './store/store-answer.ts';
import type { StorePolicyLoad, StorePolicySource } from './store/store-policy.ts';

export type { Product, ProductReview } from './catalog/product.ts';
export type { ModelManifest, ManifestModel, ManifestFile } from './runtime/manifest.ts';
export type { MessageRoute, RouteContext, RouteDecision } from './route/route-decision.ts';
export type { StoreAnswer, StoreAnswerStatus, StoreEvidence } from './store/store-answer.ts';
export type { PolicyEntry, PolicySourceKind, PolicyTopic, StoreContact, StorePolicyLoad, StorePolicySource } from './store/store-policy.ts';

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
}

/** Loading state of one model. */
export type ModelState =
  | { state: 'idle' }
  | { state: 'loading'; progress: number; loadedBytes: number; totalBytes: number }
  | { state: 'ready' }
  | { state: 'error'; message: string };

/** Progress events while a model loads, a tagged union on `status`. */
export type ModelProgress =
  | { status: 'initiate'; task: string; model: string; totalBytes: number }
  | { status: 'progress'; task: string; model: string; progress: number; loadedBytes: number; totalBytes: number }
  | { status: 'ready'; task: string; model: string }
  | { status: 'error'; task: string; model: string; message: string };

/** What the engine can do right now. */
export interface EngineStatus {
  products: number;
  models: Record<string, ModelState>;
  /** The path that answers searches now. */
  searchPath: AnswerSource;
}

/** The engine: everything the widget asks of the worker. */
export interface Engine {
  configure(config: EngineConfig): Promise<void>;
  /** Replaces the catalog; returns how many products were indexed. */
  load(products: Product[]): Promise<number>;
  /** Fetches a catalog feed (JSON array or JSON Lines) and adds its products to `extra`; returns the count and skipped-record notes. */
  loadFeed(url: string, extra?: Product[]): Promise<{ count: number; skipped: string[] }>;
  /** Best answer available now: hybrid (model) once the embedding model is ready, lexical before. */
  search(query: string, options?: { limit?: number }): Promise<SearchResponse>;
  /** Loads the models (and embeds the catalog), reporting progress; resolves with the new status. */
  prepareModels(onProgress?: (progress: ModelProgress) => void): Promise<EngineStatus>;
  status(): Promise<EngineStatus>;
  /** Replaces the shop's published policies (page FAQ/offer entries, the merchant FAQ file URL, the contact link). */
  loadStorePolicies(source: StorePolicySource): Promise<StorePolicyLoad>;
  /** Decides where a message goes: product question, store policy, search, or human help. */
  route(message: string, context?: RouteContext): Promise<RouteDecision>;
  /** Answers a store question (shipping, returns, warranty, payment, order help) from published policies only. */
  askStore(question: string, productId?: string): Promise<StoreAnswer>;
}
