/**
 * Int8 storage of unit vectors, one scale per row (symmetric, per-row max-abs): a shard is
 * `rows` little-endian float32 scales followed by `rows × dims` int8 values. 4x smaller than
 * float32; cosine error on 384-d unit vectors is ~1e-4.
 */

/** Packs vectors of `dims` numbers into one shard. */
export function encodeInt8Shard(vectors: Float32Array[], dims: number): Uint8Array {
  const rows = vectors.length;
  const bytes = new Uint8Array(rows * 4 + rows * dims);
  const scales = new DataView(bytes.buffer);
  const values = new Int8Array(bytes.buffer, rows * 4);
  vectors.forEach((v, row) => {
    let max = 0;
    for (let k = 0; k < dims; k++) max = Math.max(max, Math.abs(v[k]));
    const scale = max / 127 || 1;
    scales.setFloat32(row * 4, scale, true);
    for (let k = 0; k < dims; k++) values[row * dims + k] = Math.round(v[k] / scale);
  });
  return bytes;
}

/** Unpacks a shard into float32 vectors (unit length restored). */
export function decodeInt8Shard(bytes: Uint8Array, dims: number): Float32Array[] {
  const rows = bytes.byteLength / (4 + dims);
  if (!Number.isInteger(rows)) throw new Error(`index shard of ${bytes.byteLength} bytes does not hold whole ${dims}-d rows`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values = new Int8Array(bytes.buffer, bytes.byteOffset + rows * 4, rows * dims);
  const out: Float32Array[] = [];
  for (let row = 0; row < rows; row++) {
    const scale = view.getFloat32(row * 4, true);
    const v = new Float32Array(dims);
    let norm = 0;
    for (let k = 0; k < dims; k++) {
      v[k] = values[row * dims + k] * scale;
      norm += v[k] * v[k];
    }
    norm = Math.sqrt(norm) || 1;
    for (let k = 0; k < dims; k++) v[k] /= norm;
    out.push(v);
  }
  return out;
}
