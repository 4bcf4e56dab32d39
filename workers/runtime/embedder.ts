import type { FeatureExtractionPipeline } from '@huggingface/transformers';
import { transformers } from './transformers-env.ts';
import type { ModelProgress } from '../protocol/models.ts';
import type { DeviceChoice, EmbedOptions, RunDevice } from './runtime-types.ts';
import { embeddingModelKey } from './embedding-model-key.ts';
import { dtypeFor, modelBytes } from './manifest.ts';
import type { ManifestModel } from '../protocol/models.ts';
import { progressReporter } from './progress-reporter.ts';
import { errorMessage } from '../../common/error-message.ts';
import { defaultDevice } from './environment.ts';
import { PriorityLock } from './priority-lock.ts';
import { padBatch, poolRows, type TokenIds } from './embed-batch.ts';

/** Devices chosen for an embedder: one for single short inputs (queries), one for batches. */
export interface EmbedderDevices {
  single: DeviceChoice;
  batch: DeviceChoice;
}

/** Options for Embedder.load. */
export interface EmbedderLoadOptions {
  /** Devices per workload; default: the platform's default device for both. */
  devices?: EmbedderDevices;
  onProgress?: (p: ModelProgress) => void;
  /** Called when WebGPU failed (at load or at a call) and WASM took over. */
  onFallback?: (reason: string) => void;
}

const sameSession = (a: DeviceChoice, b: DeviceChoice) => a.device === b.device && a.dtype === b.dtype;

/**
 * How long catalog batches hold back after a shopper's query: a message is routed, then searched (or
 * asked), with a trip to the page between the two calls, and the second should not wait for a batch.
 */
const queryQuietMs = 500;

/** A sentence-embedding model: texts in, unit-length vectors out; queries and batches may run on different devices. */
export class Embedder {
  /** Why WebGPU was dropped for WASM, when it was. */
  fallbackReason?: string;
  private readonly lock = new PriorityLock(queryQuietMs);
  /** Texts tokenised by tokenCounts and not embedded yet: their embed call reads these ids instead of tokenising again. */
  private readonly tokenized = new Map<string, TokenIds>();

  private constructor(
    private single: { run: FeatureExtractionPipeline; device: RunDevice },
    private batch: { run: FeatureExtractionPipeline; device: RunDevice },
    readonly model: ManifestModel,
    private readonly onFallback?: (reason: string) => void,
  ) {}

  /**
   * Loads the model's files through transformers.js (and so through the verified cache), creates
   * the session(s) and warms the query session up. A WebGPU session that fails to load is replaced
   * by a WASM one; only a WASM failure is an error.
   */
  static async load(model: ManifestModel, options: EmbedderLoadOptions = {}): Promise<Embedder> {
    const task = 'embeddings';
    const { onProgress } = options;
    const fallback = defaultDevice();
    const devices = options.devices ?? {
      single: { device: fallback, dtype: model.dtype, reason: 'platform default' },
      batch: { device: fallback, dtype: model.dtype, reason: 'platform default' },
    };
    onProgress?.({ status: 'initiate', task, model: model.id, totalBytes: modelBytes(model) });
    const progress_callback = progressReporter(task, model.id, onProgress);
    const { pipeline } = await transformers();
    let fallbackReason: string | undefined;
    const open = async (choice: DeviceChoice): Promise<{ run: FeatureExtractionPipeline; device: RunDevice }> => {
      try {
        const run = (await pipeline('feature-extraction', model.id, { dtype: choice.dtype as 'q8', device: choice.device, progress_callback })) as FeatureExtractionPipeline;
        if (choice.device === 'webgpu') await run(['warm up'], { pooling: model.pooling ?? 'mean', normalize: true });
        return { run, device: choice.device };
      } catch (error) {
        if (choice.device !== 'webgpu') throw error;
        fallbackReason = `WebGPU failed (${errorMessage(error)}); using WASM`;
        options.onFallback?.(fallbackReason);
        try {
          const run = (await pipeline('feature-extraction', model.id, { dtype: dtypeFor(model, 'wasm') as 'q8', device: 'wasm', progress_callback })) as FeatureExtractionPipeline;
          return { run, device: 'wasm' };
        } catch (wasmError) {
          // ONNX Runtime can be left unusable in this realm by a failed WebGPU start: say what to do.
          throw new Error(`${fallbackReason}, but WASM then failed too (${errorMessage(wasmError)}): restart the engine with device 'wasm'`);
        }
      }
    };
    const single = await open(devices.single);
    const batch = sameSession(devices.single, devices.batch) || single.device !== devices.single.device ? single : await open(devices.batch);
    const embedder = new Embedder(single, batch.device === single.device ? single : batch, model, options.onFallback);
    embedder.fallbackReason = fallbackReason;
    await embedder.embed(['warm up']); // the first call after session creation is slow: pay it now
    onProgress?.({ status: 'ready', task, model: model.id });
    return embedder;
  }

  /** Model id plus a digest of its weights (the key of cached product vectors). */
  get modelKey(): string {
    return embeddingModelKey(this.model);
  }

  get dims(): number {
    return this.model.dims ?? 0;
  }

  /** The devices that answer single inputs and batches now. */
  get devices(): { single: RunDevice; batch: RunDevice } {
    return { single: this.single.device, batch: this.batch.device };
  }

  /**
   * Each text's number of tokens (special tokens included, truncated as the model reads it), for
   * sorting a catalog so that batches pad little. The ids are kept for the text's embed call, which
   * then does not tokenise it again (dropped by that call, or by forgetTokens).
   */
  tokenCounts(texts: string[]): number[] {
    return texts.map((text) => {
      let ids = this.tokenized.get(text);
      if (!ids) this.tokenized.set(text, (ids = this.tokenize(this.batch.run, text)));
      return ids.length;
    });
  }

  /** Drops token ids kept by tokenCounts for texts that will not be embedded (a cancelled catalog). */
  forgetTokens(): void {
    this.tokenized.clear();
  }

  private tokenize(run: FeatureExtractionPipeline, text: string): TokenIds {
    return run.tokenizer(text, { truncation: true }).input_ids.data as TokenIds;
  }

  /**
   * What the feature-extraction pipeline does (tokenise with padding and truncation, run, pool,
   * normalise), with each text tokenised once and pooling over its real tokens in one pass.
   */
  private async run(session: { run: FeatureExtractionPipeline }, texts: string[]): Promise<Float32Array[]> {
    const { Tensor } = await transformers();
    const ids = texts.map((text) => this.tokenized.get(text) ?? this.tokenize(session.run, text));
    for (const text of texts) this.tokenized.delete(text);
    const batch = padBatch(ids, session.run.tokenizer.pad_token_id ?? 0);
    const shape = [batch.rows, batch.width];
    const outputs = await session.run.model({ input_ids: new Tensor('int64', batch.ids, shape), attention_mask: new Tensor('int64', batch.mask, shape) });
    const hidden = outputs.last_hidden_state ?? outputs.logits ?? outputs.token_embeddings;
    const [, , dims] = hidden.dims as [number, number, number];
    const lengths = ids.map((t) => t.length);
    return poolRows(hidden.data as Float32Array, batch.rows, batch.width, dims, lengths, this.model.pooling ?? 'mean', this.model.normalize ?? true);
  }

  /**
   * Embeds texts in batches; one Float32Array per text. A failing WebGPU session hands over to WASM.
   * One batch runs at a time; `background` batches (catalog embedding) wait while any other call is
   * waiting, so a shopper's query waits at most for the batch in progress.
   */
  async embed(texts: string[], options: EmbedOptions = {}): Promise<Float32Array[]> {
    const batchSize = options.batchSize ?? 32;
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += batchSize) {
      const slice = texts.slice(start, start + batchSize);
      vectors.push(...(await this.lock.run(!options.background, () => this.embedSlice(slice))));
    }
    return vectors;
  }

  private async embedSlice(slice: string[]): Promise<Float32Array[]> {
    const session = slice.length === 1 ? this.single : this.batch;
    try {
      return await this.run(session, slice);
    } catch (error) {
      if (session.device !== 'webgpu') throw error;
      this.fallbackReason = `WebGPU failed during a call (${errorMessage(error)}); using WASM`;
      this.onFallback?.(this.fallbackReason);
      const wasm = this.single.device === 'wasm' ? this.single : await this.openWasm();
      for (const gpu of new Set([this.single, this.batch])) if (gpu.device === 'webgpu') await gpu.run.dispose().catch(() => undefined);
      this.single = wasm;
      this.batch = wasm;
      return this.run(wasm, slice);
    }
  }

  private async openWasm(): Promise<{ run: FeatureExtractionPipeline; device: RunDevice }> {
    const { pipeline } = await transformers();
    const run = (await pipeline('feature-extraction', this.model.id, { dtype: dtypeFor(this.model, 'wasm') as 'q8', device: 'wasm' })) as FeatureExtractionPipeline;
    return { run, device: 'wasm' };
  }

  async dispose(): Promise<void> {
    await this.single.run.dispose();
    if (this.batch !== this.single) await this.batch.run.dispose();
  }
}
