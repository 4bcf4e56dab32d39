import { describe, expect, it } from 'vitest';
import { VectorIndex } from '../../../workers/search/vector-index.ts';

let seed = 7;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5;
const unit = (dims: number) => {
  const v = Float32Array.from({ length: dims }, random);
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
};
const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, i) => sum + x * b[i], 0);

/** Every row scored and sorted: what the index must return, best first, ties in row order. */
function everyRowSorted(ids: string[], vectors: Float32Array[], query: Float32Array, limit: number) {
  return ids.map((id, row) => ({ id, score: dot(query, vectors[row]) }))
    .map((hit, row) => ({ ...hit, row }))
    .sort((a, b) => b.score - a.score || a.row - b.row)
    .slice(0, limit)
    .map(({ id, score }) => ({ id, score }));
}

describe('VectorIndex.search', () => {
  it('returns the nearest rows, best first, as sorting every row would (dims not a multiple of 4)', () => {
    for (const dims of [384, 7, 3]) {
      const ids = Array.from({ length: 500 }, (_, i) => `p${i}`);
      const vectors = ids.map(() => unit(dims));
      const index = new VectorIndex(dims);
      index.add(ids.slice(0, 200), vectors.slice(0, 200));
      index.add(ids.slice(200), vectors.slice(200));
      for (const limit of [1, 10, 50]) {
        const query = unit(dims);
        const hits = index.search(query, limit);
        const expected = everyRowSorted(ids, vectors, query, limit);
        expect(hits.map((h) => h.id)).toEqual(expected.map((h) => h.id));
        hits.forEach((h, i) => expect(h.score).toBeCloseTo(expected[i].score, 5));
      }
    }
  });

  it('keeps equal scores in row order, and returns every row when the limit is larger', () => {
    const same = Float32Array.of(0.6, 0.8);
    const index = new VectorIndex(2);
    index.add(['a', 'b', 'c', 'd'], [Float32Array.of(1, 0), same, same, Float32Array.of(0, 1)]);
    expect(index.search(Float32Array.of(0.6, 0.8), 10).map((h) => h.id)).toEqual(['b', 'c', 'd', 'a']);
    expect(index.search(Float32Array.of(0.6, 0.8), 2).map((h) => h.id)).toEqual(['b', 'c']);
    expect(index.search(Float32Array.of(0.6, 0.8), 0)).toEqual([]);
    expect(new VectorIndex(2).search(Float32Array.of(1, 0))).toEqual([]);
  });
});
