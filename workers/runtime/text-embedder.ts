import type { Embedder } from './embedder.ts';
import { embeddingModelKey } from './embedding-model-key.ts';
import type { EmbedOptions, TextEmbedder } from './runtime-types.ts';

/** The loaded embedding model as a TextEmbedder. */
export function textEmbedder(embedder: Embedder): TextEmbedder {
  return {
    modelKey: embeddingModelKey(embedder.model),
    embed: (texts, options) => embedder.embed(texts, options),
    tokenCounts: (texts) => embedder.tokenCounts(texts),
    forgetTokens: () => embedder.forgetTokens(),
  };
}
