import type { EmbedOptions, Embedder } from './embedder.ts';
import { embeddingModelKey } from './embedding-model-key.ts';

/**
 * What the rooms need of an embedding model: a key naming its exact weights, and texts to unit
 * vectors. Search, the prebuilt index and the CLI use both; Q&A ranking needs only `embed`.
 */
export interface TextEmbedder {
  /** Model id plus a digest of its weights: cached vectors are reused only for the very same model. */
  readonly modelKey: string;
  /** `background`: catalog embedding, which lets every waiting query go first (EmbedOptions). */
  embed(texts: string[], options?: EmbedOptions): Promise<Float32Array[]>;
}

/** The loaded embedding model as a TextEmbedder. */
export function textEmbedder(embedder: Embedder): TextEmbedder {
  return { modelKey: embeddingModelKey(embedder.model), embed: (texts, options) => embedder.embed(texts, options) };
}
