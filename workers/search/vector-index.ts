/** Nearest-neighbour search over unit-length embeddings by dot product (exact; fine to ~50k items). */
export class VectorIndex {
  private readonly ids: string[] = [];
  private matrix = new Float32Array(0);
  private rows?: Map<string, number>;

  constructor(readonly dims: number) {}

  get size(): number {
    return this.ids.length;
  }

  /** Adds embeddings (already L2-normalised), one per id. */
  add(ids: string[], vectors: Float32Array[]): void {
    const grown = new Float32Array((this.ids.length + ids.length) * this.dims);
    grown.set(this.matrix);
    vectors.forEach((v, i) => grown.set(v, (this.ids.length + i) * this.dims));
    this.matrix = grown;
    for (const id of ids) this.ids.push(id);
    this.rows = undefined;
  }

  /** The stored vector of an id (a view, not a copy), or undefined. */
  vector(id: string): Float32Array | undefined {
    this.rows ??= new Map(this.ids.map((x, i) => [x, i]));
    const row = this.rows.get(id);
    return row === undefined ? undefined : this.matrix.subarray(row * this.dims, (row + 1) * this.dims);
  }

  /** The ids closest to the query vector, best first, with cosine similarities. */
  search(query: Float32Array, limit = 50): { id: string; score: number }[] {
    const scores = new Float32Array(this.ids.length);
    for (let row = 0; row < this.ids.length; row++) {
      let dot = 0;
      const offset = row * this.dims;
      for (let k = 0; k < this.dims; k++) dot += query[k] * this.matrix[offset + k];
      scores[row] = dot;
    }
    return [...scores.keys()]
      .sort((a, b) => scores[b] - scores[a])
      .slice(0, limit)
      .map((row) => ({ id: this.ids[row], score: scores[row] }));
  }

  /** Every stored vector by id (views into the matrix, not copies). */
  vectors(): Map<string, Float32Array> {
    return new Map(this.ids.map((id, row) => [id, this.matrix.subarray(row * this.dims, (row + 1) * this.dims)]));
  }
}
