/** What search needs of an embedding model: a key naming its exact weights, and texts to unit vectors. */
export interface TextEmbedder {
  /** Model id plus a digest of its weights: cached vectors are reused only for the very same model. */
  readonly modelKey: string;
  embed(texts: string[]): Promise<Float32Array[]>;
}
