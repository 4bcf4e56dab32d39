import type { AnswerSource } from './answer.ts';

/** The model manifest, the device's capabilities, engine settings and the engine's and models' state. */

/**
 * One file of a model, as published: path inside the model folder, byte size, SHA-256. A size or
 * hash nobody could check is `null` (never invented): the widget refuses such a file until the
 * merchant pins it with `npx aisle models pull`, which writes the hashes it downloaded.
 */
export interface ManifestFile {
  path: string;
  size: number | null;
  sha256: string | null;
  /** Where the size and hash come from, when not from the published file itself. */
  evidence?: string;
  /** Only needed when the model loads with this dtype (e.g. the q4 weights WASM uses). */
  dtype?: string;
}

/** Where a model prefers to run; the first that works on the shopper's device wins. */
export type ModelDevice = 'webgpu' | 'wasm';

/** One model the engine can use for a task. */
export interface ManifestModel {
  /** The task this model serves (embeddings, sentiment, translation-zh-en, llm, ...). */
  task?: string;
  /** The published model id (folder name under the model host). */
  id: string;
  /** transformers.js dtype of the ONNX weights: 'q8' reads onnx/model_quantized.onnx. */
  dtype: string;
  /** A different dtype per device (e.g. q4f16 on WebGPU with shader-f16, q4 on WASM). */
  dtypeByDevice?: Partial<Record<ModelDevice, string>>;
  /** Devices in order of preference; WASM is always the fallback. */
  devices?: ModelDevice[];
  pooling?: 'mean' | 'cls';
  normalize?: boolean;
  dims?: number;
  /** Languages the model was trained for (ISO 639-1). */
  languages?: string[];
  files: ManifestFile[];
  /** A smaller model for the same task, used on weak devices or when storage is short. */
  lite?: ManifestModel;
  notes?: string;
}

/** models/manifest.json: the model for each task. */
export interface ModelManifest {
  models: Record<string, ManifestModel>;
}

/** What the shopper's device offers the models, probed once per engine. */
export interface Capabilities {
  /** 'browser' (page or worker: ONNX Runtime WASM/WebGPU) or 'node' (native ONNX Runtime). */
  runtime: 'browser' | 'node';
  webgpu: {
    /** A WebGPU adapter was granted. */
    adapter: boolean;
    /** The adapter is a software/fallback one (SwiftShader): correct but not fast. */
    fallbackAdapter: boolean;
    /** The adapter supports `shader-f16` (needed for fp16 / q4f16 weights). */
    shaderF16: boolean;
    /** Why there is no adapter, when there is none. */
    reason?: string;
  };
  /** WASM threads are possible only on a cross-origin isolated page (COOP/COEP). */
  crossOriginIsolated: boolean;
  /** Logical cores (navigator.hardwareConcurrency). */
  cores: number;
  /** navigator.deviceMemory in GiB (Chromium rounds and caps it at 8), when the browser says. */
  deviceMemoryGiB: number | null;
  /** The shopper asked for reduced data use (navigator.connection.saveData). */
  saveData: boolean;
  /** A slow, likely metered connection (navigator.connection.effectiveType slow-2g, 2g or 3g), where the browser says. */
  slowConnection?: boolean;
}

/** ONNX Runtime's WASM builds served with the widget: the plain one and the WebGPU-capable (asyncify) one. */
export interface OrtBuilds {
  /** `bytes`: the wasm's size (the build writes it), counted in the download question and the storage check. */
  plain: { mjs: string; wasm: string; bytes?: number };
  webgpu: { mjs?: string; wasm: string; bytes?: number };
}

/** Engine settings, sent once by whoever starts the engine. */
export interface EngineConfig {
  /** Base URL (or, in Node, a directory) that holds manifest.json and one folder per model id. */
  modelHost: string;
  /** The manifest, when the caller already has it; otherwise read from `${modelHost}manifest.json`. */
  manifest?: ModelManifest;
  /**
   * ONNX Runtime's builds served with the widget (absolute URLs, never a CDN), each wasm with its glue
   * script; the runtime loads the smallest one the device needs. The worker entry names its own; a page
   * that runs the engine itself must name them (without them transformers.js would fetch ORT from its CDN).
   */
  ortBuilds?: OrtBuilds;
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
  /**
   * A model download larger than this many bytes waits for the shopper's go-ahead, like one on a saveData
   * or slow connection (`ask-above-mb` on the element); default 40 MB (workers/runtime/model-plan.ts says why).
   */
  askAboveBytes?: number;
  /**
   * How long the model host may send nothing (no answer, or no bytes mid-file) before a download
   * is dropped and resumed with an HTTP Range request (3 tries, then the model is given up and the
   * light path answers); default 30 000 ms.
   */
  downloadStallMs?: number;
  /**
   * The most products embedded on the shopper's device for one catalog (default 1000); a larger
   * catalog needs a prebuilt index (`npx aisle index`) for hybrid search over all of it. Embedding
   * runs in small batches (about 250 ms each) that let searches go first and is saved per batch (a
   * reload resumes).
   */
  maxEmbedProducts?: number;
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

/** Where the search index came from and what embedding it needed. */
export interface IndexStatus {
  /** Products embedded on this device for the current catalog. */
  embedded: number;
  /** Product vectors reused from the IndexedDB cache. */
  fromCache: number;
  /** Product vectors that came with a prebuilt index. */
  prebuilt: number;
  /**
   * Products left without a vector (lexical search only): the catalog has more than
   * `maxEmbedProducts` and no prebuilt index with this model's vectors.
   */
  skipped?: number;
}

/** Where a ready model runs: the device for single short inputs and for batches. */
export interface ModelDevices {
  single: 'wasm' | 'webgpu' | 'cpu';
  batch: 'wasm' | 'webgpu' | 'cpu';
}

/**
 * The model tasks the engine loads, as named in the manifest and in `status().models` (the list
 * with the flow that loads each lives in workers/runtime/model-tasks.ts).
 */
export type ModelTask = 'embeddings' | 'reranking' | 'sentiment' | 'translation-zh-en' | 'translation-en-zh' | 'llm';

/** Loading state of one model. The optional fields say more for the UI (bytes, device, variant). */
export type ModelState =
  | {
      state: 'idle';
      /** Why no model: waiting for the shopper's go-ahead (a saveData or slow connection, or a download above `askAboveBytes`), no room, nothing verifiable. */
      reason?: 'save-data' | 'size' | 'storage' | 'unpinned';
      message?: string;
      /** The download the go-ahead is for (save-data, size), from the manifest: the model, plus the AI runtime when not yet stored. */
      bytes?: number;
      /** The part of `bytes` that is ONNX Runtime's wasm (shared by every model: counted once in a question for several). */
      runtimeBytes?: number;
    }
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
      /** Why this variant, evictions, and what the model leaves to the light path (e.g. "Chinese queries use the glossary"). */
      note?: string;
    }
  | { state: 'error'; message: string; reason?: 'load-error' };

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
