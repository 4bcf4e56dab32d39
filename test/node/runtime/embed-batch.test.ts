import { describe, expect, it } from 'vitest';
import { Embedder } from '../../../workers/runtime/embedder.ts';
import { padBatch, poolRows } from '../../../workers/runtime/embed-batch.ts';
import { transformers, configureTransformers } from '../../../workers/runtime/transformers-env.ts';
import { productEmbeddingText } from '../../../workers/catalog/product-text.ts';
import { demoCatalog, testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';

describe('Aisle’s own embedding steps (each text tokenised once, pooled in one pass)', () => {
  it('give the vectors of the plain feature-extraction pipeline, with or without counting tokens first', async () => {
    const model = testManifest().models.embeddings;
    configureTransformers({ modelHost: testModelsDir });
    const embedder = await Embedder.load(model);
    const { pipeline } = await transformers();
    const plain = await pipeline('feature-extraction', model.id, { dtype: model.dtype as 'q8' });
    try {
      const texts = [...demoCatalog().slice(0, 12).map(productEmbeddingText), 'red lipstick', '送给妈妈的礼物'];
      const counts = embedder.tokenCounts(texts.slice(0, 6)); // these six are then not tokenised again
      expect(counts.every((n) => n > 2)).toBe(true);
      const ours = await embedder.embed(texts, { batchSize: 5 }); // padded batches of mixed lengths
      for (let start = 0; start < texts.length; start += 5) {
        // The pipeline given the same batch: the same padded inputs, so the same numbers.
        const same = await plain(texts.slice(start, start + 5), { pooling: 'mean', normalize: true });
        const [rows, dims] = same.dims as number[];
        for (let row = 0; row < rows; row++) {
          const expected = (same.data as Float32Array).subarray(row * dims, (row + 1) * dims);
          expect(Math.max(...ours[start + row].map((x, d) => Math.abs(x - expected[d]))), texts[start + row]).toBeLessThan(1e-5);
        }
      }
      for (const [i, text] of texts.entries()) {
        // One text alone: a padded batch shifts the dynamic quantization's ranges a little, no more.
        const alone = (await plain(text, { pooling: 'mean', normalize: true })).data as Float32Array;
        expect(ours[i].reduce((a, x, d) => a + x * alone[d], 0), text).toBeGreaterThan(0.999);
      }
    } finally {
      await plain.dispose();
      await embedder.dispose();
    }
  });

  it('pad on the right and pool only a text’s own tokens', () => {
    const batch = padBatch([BigInt64Array.from([1n, 5n, 2n]), BigInt64Array.from([1n, 2n])], 0);
    expect({ ...batch, ids: [...batch.ids], mask: [...batch.mask] }).toEqual({ ids: [1n, 5n, 2n, 1n, 2n, 0n], mask: [1n, 1n, 1n, 1n, 1n, 0n], rows: 2, width: 3 });
    // 2 rows × 3 tokens × 2 dims; the padding token's vector (99) must not count.
    const hidden = Float32Array.from([1, 0, 3, 0, 2, 0, 0, 4, 0, 2, 99, 99]);
    const [a, b] = poolRows(hidden, 2, 3, 2, [3, 2], 'mean', false);
    expect([...a]).toEqual([2, 0]);
    expect([...b]).toEqual([0, 3]);
    const [unit] = poolRows(hidden, 2, 3, 2, [3, 2], 'cls', true);
    expect([...unit]).toEqual([1, 0]);
  });
});
