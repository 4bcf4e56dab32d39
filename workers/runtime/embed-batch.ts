/**
 * The steps of a sentence-embedding call that Aisle does itself instead of transformers.js's
 * feature-extraction pipeline, so that each text is tokenised once (Embedder.tokenCounts sorts the
 * catalog by the same token ids the model then reads): pad a batch of token ids, and pool the
 * model's token vectors into one unit-length vector per text. Same results as the pipeline's
 * `{ padding: true, truncation: true }` tokenising and `{ pooling, normalize }` (test/node/runtime/embed-batch.test.ts).
 */

/** One text's token ids (special tokens included, truncated to the tokenizer's maximum). */
export type TokenIds = BigInt64Array;

/** A batch padded on the right to its longest text: row-major [rows, width] ids and attention mask. */
export interface PaddedBatch {
  ids: BigInt64Array;
  mask: BigInt64Array;
  rows: number;
  width: number;
}

/** Pads texts' token ids to the longest of them with `padId` (attention mask 0 there), as the tokenizer's `padding: true` does. */
export function padBatch(texts: TokenIds[], padId: number): PaddedBatch {
  const rows = texts.length;
  const width = Math.max(0, ...texts.map((t) => t.length));
  const ids = new BigInt64Array(rows * width).fill(BigInt(padId));
  const mask = new BigInt64Array(rows * width);
  texts.forEach((t, row) => {
    ids.set(t, row * width);
    mask.fill(1n, row * width, row * width + t.length);
  });
  return { ids, mask, rows, width };
}

/**
 * One vector per row from the model's token vectors (`hidden`, row-major [rows, width, dims]):
 * the mean over each row's first `lengths[row]` tokens (its real tokens; padding is at the end), or
 * the first token's vector (`cls`), scaled to unit length when `normalize`.
 */
export function poolRows(hidden: Float32Array, rows: number, width: number, dims: number, lengths: number[], pooling: 'mean' | 'cls', normalize: boolean): Float32Array[] {
  return Array.from({ length: rows }, (_, row) => {
    const sum = new Float64Array(dims);
    const count = pooling === 'cls' ? 1 : Math.max(1, lengths[row]);
    for (let token = 0; token < count; token++) {
      const at = (row * width + token) * dims;
      for (let d = 0; d < dims; d++) sum[d] += hidden[at + d];
    }
    let norm = 0;
    for (let d = 0; d < dims; d++) {
      sum[d] /= count;
      norm += sum[d] * sum[d];
    }
    const scale = normalize ? 1 / Math.max(Math.sqrt(norm), 1e-12) : 1;
    return Float32Array.from(sum, (x) => x * scale);
  });
}
