import { pipeline, type FeatureExtractionPipeline, type ProgressInfo } from '@huggingface/transformers';
import type { ModelProgress } from '../engine-api.ts';
import { embeddingModelKey } from '../search/text-embedder.ts';
import { modelBytes, type ManifestModel } from './manifest.ts';

/** The device transformers.js runs on: ONNX Runtime's WASM in a browser, its native binding in Node. */
export function defaultDevice(): 'wasm' | 'cpu' {
  const scope = globalThis as { document?: unknown; WorkerGlobalScope?: unknown };
  return scope.document !== undefined || scope.WorkerGlobalScope !== undefined ? 'wasm' : 'cpu';
}

/** A sentence-embedding model: texts in, unit-length vectors out. */
export class Embedder {
  private constructor(
    private readonly extract: FeatureExtractionPipeline,
    readonly model: ManifestModel,
  ) {}

  /** Loads the model's files from the configured host, reporting byte progress. */
  static async load(model: ManifestModel, onProgress?: (p: ModelProgress) => void): Promise<Embedder> {
    const task = 'embeddings';
    const totalBytes = modelBytes(model);
    onProgress?.({ status: 'initiate', task, model: model.id, totalBytes });
    const progress_callback = (info: ProgressInfo) => {
      if (info.status === 'progress_total') {
        onProgress?.({ status: 'progress', task, model: model.id, progress: info.progress, loadedBytes: info.loaded, totalBytes: info.total });
      }
    };
    const extract = (await pipeline('feature-extraction', model.id, {
      dtype: model.dtype as 'q8',
      device: defaultDevice(),
      progress_callback,
    })) as FeatureExtractionPipeline;
    onProgress?.({ status: 'ready', task, model: model.id });
    return new Embedder(extract, model);
  }

  /** Model id plus a digest of its weights (the key of cached product vectors). */
  get modelKey(): string {
    return embeddingModelKey(this.model);
  }

  get dims(): number {
    return this.model.dims ?? 0;
  }

  /** Embeds texts in batches; one Float32Array per text. */
  async embed(texts: string[], batchSize = 32): Promise<Float32Array[]> {
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += batchSize) {
      const output = await this.extract(texts.slice(start, start + batchSize), {
        pooling: this.model.pooling ?? 'mean',
        normalize: this.model.normalize ?? true,
      });
      const [rows, dims] = output.dims as [number, number];
      const data = output.data as Float32Array;
      for (let row = 0; row < rows; row++) vectors.push(data.slice(row * dims, (row + 1) * dims));
    }
    return vectors;
  }

  async dispose(): Promise<void> {
    await this.extract.dispose();
  }
}
