import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/engine.ts';
import { productEmbeddingText } from '../../../workers/catalog/product-text.ts';
import { CatalogSearch } from '../../../workers/search/search.ts';
import { IndexedDbEmbeddingCache } from '../../../workers/search/embedding-cache.ts';
import { PriorityLock } from '../../../workers/runtime/priority-lock.ts';
import type { TextEmbedder } from '../../../workers/runtime/runtime-types.ts';
import { demoCatalog, testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';

const products = demoCatalog().slice(0, 64);

/**
 * An embedder that holds the thread for `busyMs` per call and resolves through microtasks only, as
 * ONNX Runtime's WASM does in a worker: nothing else runs during a call unless the caller yields.
 */
function blockingEmbedder(log: string[], busyMs = 3): TextEmbedder & { batches: string[][] } {
  const e = {
    modelKey: 'blocking@q8#1',
    batches: [] as string[][],
    async embed(texts: string[], options?: { background?: boolean }) {
      const until = performance.now() + busyMs;
      while (performance.now() < until); // the model's compute, on this thread
      e.batches.push(texts);
      log.push(options?.background ? 'catalog batch' : 'query');
      return texts.map((t) => Float32Array.from([t.length % 7, t.length % 5, 1]).map((x, _, a) => x / Math.hypot(...a)));
    },
  };
  return e;
}

describe('catalog embedding in small batches that let queries go first', () => {
  it('answers a search typed while the catalog embeds before the embedding finishes', async () => {
    const log: string[] = [];
    const catalog = new CatalogSearch(products);
    const embedder = blockingEmbedder(log);
    let answered: Promise<void> | undefined;
    const embed = embedder.embed;
    embedder.embed = (texts, options) => {
      // The search arrives as a message would: a task queued while the second batch runs.
      if (embedder.batches.length === 1) {
        answered = new Promise<void>((resolve) => setTimeout(() => void catalog.search('lipstick').then((r) => {
          log.push(`search answered (${r.source})`);
          resolve();
        }), 0));
      }
      return embed(texts, options);
    };
    const attached = catalog.attachModel(embedder, undefined, { batchSize: 8 }).then(() => log.push('catalog embedded'));
    await attached;
    await answered;
    expect(log.indexOf('search answered (lexical)')).toBeGreaterThan(-1);
    expect(log.indexOf('search answered (lexical)')).toBeLessThan(log.indexOf('catalog embedded'));
    expect(log.filter((l) => l === "catalog batch").length).toBe(8); // 64 products, batches of 8 (fixed here)
    expect(log.indexOf('search answered (lexical)')).toBe(2); // right after the batch it arrived during
    expect((await catalog.search('lipstick')).source).toBe('model');
  });

  it('sorts texts by length within the pass (less padding) and keeps vectors in catalog order', async () => {
    const embedder = blockingEmbedder([], 0);
    const catalog = new CatalogSearch(products);
    await catalog.attachModel(embedder);
    const lengths = embedder.batches.flat().map((t) => t.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect([...catalog.productVectors()!.keys()]).toEqual(products.map((p) => p.id));
    const [first] = await embedder.embed([productEmbeddingText(products[0])]);
    expect(catalog.productVectors()!.get(products[0].id)).toEqual(first);
  });

  it('saves vectors per batch: a reload after a partial embed resumes from the saved batches', async () => {
    const cache = (await IndexedDbEmbeddingCache.open('embed-catalog-resume'))!;
    const first = blockingEmbedder([], 0);
    let stop = false;
    const original = first.embed;
    first.embed = async (texts, options) => {
      const out = await original(texts, options);
      if (first.batches.length === 3) stop = true; // the page is left after three batches
      return out;
    };
    const left = new CatalogSearch(products);
    expect(await left.attachModel(first, cache, { batchSize: 8, cancelled: () => stop })).toEqual({ embedded: 24, fromCache: 0, skipped: 40 });
    expect(left.hasModel).toBe(false);

    const second = blockingEmbedder([], 0);
    const reloaded = new CatalogSearch(products);
    expect(await reloaded.attachModel(second, cache)).toEqual({ embedded: 40, fromCache: 24 });
    expect(second.batches.flat()).toHaveLength(40);
    expect(reloaded.productVectors()!.size).toBe(64);
    cache.close();
  });

  it('caps on-device embedding: above the cap products stay lexical, and status says how many', async () => {
    const embedder = blockingEmbedder([], 0);
    const catalog = new CatalogSearch(products);
    expect(await catalog.attachModel(embedder, undefined, { maxProducts: 20 })).toEqual({ embedded: 20, fromCache: 0, skipped: 44 });
    expect(embedder.batches.flat()).toHaveLength(20);
    expect(catalog.productVectors()!.size).toBe(20);
    const last = products[63];
    const hits = (await catalog.search(last.title, { limit: 5 })).hits.map((h) => h.product.id);
    expect(hits).toContain(last.id); // found lexically although it has no vector

    const engine = createEngine({ embeddingCache: null });
    await engine.configure({ modelHost: testModelsDir, manifest: testManifest(), maxEmbedProducts: 30 });
    await engine.load(products);
    const status = await engine.prepareModels();
    expect(status.index).toEqual({ embedded: 30, fromCache: 0, prebuilt: 0, skipped: 34 });
  });
});

describe('catalog batch size', () => {
  it('grows while batches are quick and shrinks while they are slow (a query waits for one batch at most)', async () => {
    const sizes = async (msPerText: number, count: number) => {
      const embedder = blockingEmbedder([], 0);
      const embed = embedder.embed;
      embedder.embed = async (texts, options) => {
        const until = performance.now() + msPerText * texts.length;
        while (performance.now() < until);
        return embed(texts, options);
      };
      await new CatalogSearch(products.slice(0, count)).attachModel(embedder);
      return embedder.batches.map((b) => b.length);
    };
    expect(await sizes(0, 64)).toEqual([4, 8, 16, 32, 4]); // 64 products: doubling up to 32
    expect(await sizes(160, 10)).toEqual([4, 2, 2, 2]); // 4 × 160 ms is over 500 ms: halved, then kept
  });
});

describe('PriorityLock', () => {
  it('runs one job at a time and lets an urgent job pass waiting background ones', async () => {
    const lock = new PriorityLock();
    const order: string[] = [];
    const job = (name: string) => async () => {
      order.push(`${name} start`);
      await new Promise((r) => setTimeout(r, 5));
      order.push(`${name} end`);
    };
    const running = lock.run(false, job('batch 1'));
    const queued = [lock.run(false, job('batch 2')), lock.run(false, job('batch 3'))];
    await new Promise((r) => setTimeout(r, 1));
    const query = lock.run(true, job('query'));
    await Promise.all([running, ...queued, query]);
    expect(order).toEqual(['batch 1 start', 'batch 1 end', 'query start', 'query end', 'batch 2 start', 'batch 2 end', 'batch 3 start', 'batch 3 end']);
  });

  it('passes on after a failed job', async () => {
    const lock = new PriorityLock();
    const failed = lock.run(false, async () => {
      throw new Error('model call failed');
    });
    const next = lock.run(true, async () => 'answered');
    await expect(failed).rejects.toThrow('model call failed');
    expect(await next).toBe('answered');
  });
});
