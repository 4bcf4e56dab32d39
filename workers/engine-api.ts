/**
 * The whole protocol between the page half (src/) and the engine (workers/). The page imports
 * these types only; the engine implements them in a worker (Comlink) or in-thread (Node, CLI).
 */
import type { Product } from './catalog/product.ts';
import type { ModelManifest } from './runtime/manifest.ts';
import type { Capabilities } from './runtime/capabilities.ts';

export type { Product, ProductReview } from './catalog/product.ts';
export type { ModelManifest, ManifestModel, ManifestFile } from './runtime/manifest.ts';
export type { Capabilities } from './runtime/capabilities.ts';

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
  /** Force a device ('wasm' or 'webgpu'); 'auto' (default) chooses per task and workload. */
  device?: 'auto' | 'wasm' | 'webgpu';
  /**
   * The shopper agreed to model downloads on a `saveData` connection. Without it, a saveData
   * connection loads only models already cached and stays on the light path otherwise.
   */
  saveDataConsent?: boolean;
  /** IndexedDB database name for the model cache (tests use a fresh one); default 'aisle'. */
  cacheName?: string;
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
  search(query: string, options?: { limit?: number }): Promise<SearchResponse>;
  /** Loads the models (and embeds the catalog), reporting progress; resolves with the new status. */
  prepareModels(onProgress?: (progress: ModelProgress) => void, options?: { saveDataConsent?: boolean }): Promise<EngineStatus>;
  status(): Promise<EngineStatus>;
}
