/**
 * The whole protocol between the page half (src/) and the engine (workers/). The page imports
 * these types only; the engine implements them in a worker (Comlink) or in-thread (Node, CLI).
 */
import type { Product } from './catalog/product.ts';
import type { ModelManifest } from './runtime/manifest.ts';

export type { Product, ProductReview } from './catalog/product.ts';
export type { ModelManifest, ManifestModel, ManifestFile } from './runtime/manifest.ts';
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
  /** Where translation and the LLM run; default WASM in a browser, the native CPU binding in Node. */
  generativeDevice?: 'wasm' | 'webgpu' | 'cpu';
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
  /** Translates texts into `to`, sentence by sentence, cached per (text hash, language); the glossary gloss (`lexical`) without a model. */
  translate(texts: string[], to: Lang): Promise<TranslationResponse>;
  /** Answers a question from the given evidence with the LLM, streaming text pieces to `onToken`; extractive (`lexical`) without one. */
  generate(request: GenerateRequest, onToken?: (text: string) => void): Promise<GenerateResponse>;
  /** Stops the answer or draft being generated now; its promise resolves with what was written so far. */
  stopGeneration(): Promise<void>;
  /** Drafts a description and blurb for a loaded product; every sentence lists the product fields it states. */
  draft(productId: string, lang?: Lang, onToken?: (text: string) => void): Promise<ProductDraft>;
}
