/**
 * The types the runtime room's modules share with each other and with the room's callers
 * (docs/architecture.md, "Room naming convention"). Types the page also sees live in workers/protocol/.
 */
import type { ManifestFile } from '../protocol/models.ts';

/** Where one ONNX session runs: WASM or WebGPU in a browser, the native CPU binding in Node. */
export type RunDevice = 'wasm' | 'webgpu' | 'cpu';

/** What a session will mostly do: one short input (a query), many inputs (a catalog), or generate text. */
export type Workload = 'single' | 'batch' | 'generate';

/** The device, dtype and reason chosen for one workload of one model. */
export interface DeviceChoice {
  device: RunDevice;
  dtype: string;
  /** Why, in words a status line or a log can show. */
  reason: string;
}

/** The origin's storage as the browser reports it (bytes), or nulls where it cannot say. */
export interface StorageEstimateInfo {
  quota: number | null;
  usage: number | null;
  /** True once the browser promised not to evict this origin's data. */
  persisted: boolean;
}

/**
 * What the rooms need of an embedding model: a key naming its exact weights, and texts to unit
 * vectors. Search, the prebuilt index and the CLI use both; Q&A ranking needs only `embed`.
 */
export interface TextEmbedder {
  /** Model id plus a digest of its weights: cached vectors are reused only for the very same model. */
  readonly modelKey: string;
  /** `background`: catalog embedding, which lets every waiting query go first (EmbedOptions). */
  embed(texts: string[], options?: EmbedOptions): Promise<Float32Array[]>;
  /**
   * Each text's length in the model's tokens (catalog embedding sorts by it: batches pad little);
   * the ids are kept for the text's embed call, or dropped by forgetTokens. Without it: characters.
   */
  tokenCounts?(texts: string[]): number[];
  forgetTokens?(): void;
}

/** Options of one Embedder.embed call. */
export interface EmbedOptions {
  /** Texts per model call; default 32. */
  batchSize?: number;
  /** Catalog embedding: yields the session to every other waiting call. */
  background?: boolean;
}

/** One file the widget may load: its URL on the model host, its model and manifest entry. */
export interface AllowedFile {
  url: string;
  modelId: string;
  file: ManifestFile;
  /** ONNX Runtime's wasm: no manifest hash; checked as a valid WebAssembly module and its URL (content-hashed when built). */
  runtime?: boolean;
}

/** What the verified fetch tells its owner: bytes from the network and from the cache, per model. */
export interface FetchReport {
  onNetworkBytes?(modelId: string, url: string, loaded: number, total: number): void;
  onCacheHit?(modelId: string, url: string, bytes: number): void;
  /** Called before a file is downloaded; throw to refuse (e.g. saveData without consent). */
  beforeDownload?(modelId: string, url: string): void;
}
