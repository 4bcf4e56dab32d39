import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Product } from '../../../workers/protocol/product.ts';
import { createEngine } from '../../../workers/engine.ts';
import { CatalogSearch } from '../../../workers/search/search.ts';
import { IndexedDbEmbeddingCache } from '../../../workers/search/embedding-cache.ts';
import type { TextEmbedder } from '../../../workers/runtime/runtime-types.ts';
import { demoCatalog, testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';

/** A deterministic embedder that counts the texts it was asked to embed. */
function countingEmbedder(modelKey: string): TextEmbedder & { calls: number } {
  const e = {
    modelKey,
    calls: 0,
    async embed(texts: string[]) {
      e.calls += texts.length;
      return texts.map((t) => Float32Array.from([t.length % 7, t.length % 5, 1]).map((x, _, a) => x / Math.hypot(...a)));
    },
  };
  return e;
}

const products = demoCatalog().slice(0, 40);

describe('product embeddings cached in IndexedDB by (model, content hash)', () => {
  it('a returning shopper embeds nothing; a changed product is embedded again, alone', async () => {
    const cache = (await IndexedDbEmbeddingCache.open('cache-test-1'))!;
    const first = countingEmbedder('model-a@q8#1');
    expect(await new CatalogSearch(products).attachModel(first, cache)).toEqual({ embedded: 40, fromCache: 0 });

    const second = countingEmbedder('model-a@q8#1');
    expect(await new CatalogSearch(products).attachModel(second, cache)).toEqual({ embedded: 0, fromCache: 40 });
    expect(second.calls).toBe(0);

    const changed: Product[] = products.map((p, i) => (i === 3 ? { ...p, description: `${p.description} Now waterproof.` } : p));
    const third = countingEmbedder('model-a@q8#1');
    expect(await new CatalogSearch(changed).attachModel(third, cache)).toEqual({ embedded: 1, fromCache: 39 });
  });

  it('never reuses vectors of another model', async () => {
    const cache = (await IndexedDbEmbeddingCache.open('cache-test-2'))!;
    await new CatalogSearch(products).attachModel(countingEmbedder('model-a@q8#1'), cache);
    const other = countingEmbedder('model-a@q8#2');
    expect(await new CatalogSearch(products).attachModel(other, cache)).toEqual({ embedded: 40, fromCache: 0 });
  });

  it('reports a storage failure instead of throwing it', async () => {
    const cache = (await IndexedDbEmbeddingCache.open('cache-test-3'))!;
    cache.close();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(cache.put('m', [{ hash: 'h', vector: new Float32Array(3) }])).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/could not cache/), expect.anything());
    warn.mockRestore();
  });

  it('the engine, with the real test model, embeds the catalog once across visits', async () => {
    const visit = async () => {
      const engine = createEngine();
      await engine.configure({ modelHost: testModelsDir, manifest: testManifest() });
      await engine.load(demoCatalog());
      const status = await engine.prepareModels();
      return { status, ids: (await engine.search('香水')).hits.map((h) => h.product.id) };
    };
    const first = await visit();
    expect(first.status.index).toEqual({ embedded: 194, fromCache: 0, prebuilt: 0 });
    const second = await visit();
    expect(second.status.index).toEqual({ embedded: 0, fromCache: 194, prebuilt: 0 });
    expect(second.status.searchPath).toBe('model');
    expect(second.ids).toEqual(first.ids);
  });
});
