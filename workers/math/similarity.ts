/**
 * Similarity of vectors and sets: the one dot product (cosine for unit-length vectors), dense and
 * sparse, and the one Jaccard overlap.
 */

/** Dot product of two dense vectors: their cosine similarity when both are unit length (model embeddings). */
export function dot(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/** Dot product of two sparse vectors (term → weight): their cosine when both are unit length (TF-IDF). */
export function sparseDot(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const [small, large] = a.size < b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

/** Jaccard similarity of two sets: shared over all (0 when either is empty). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}
