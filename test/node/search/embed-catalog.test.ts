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
  /** An embedder that counts tokens (words here) and takes `msPerToken` per padded token of a batch. */
  const paced = (msPerToken: number) => {
    const e = Object.assign(blockingEmbedder([], 0), { counted: 0, forgotten: false });
    const embed = e.embed;
    const words = (t: string) => t.split(' ').length;
    return Object.assign(e, {
      tokenCounts(texts: string[]) {
        e.counted += texts.length;
        return texts.map(words);
      },
      forgetTokens() {
        e.forgotten = true;
      },
      embed: async (texts: string[], options?: { background?: boolean }) => {
        const until = performance.now() + msPerToken * texts.length * Math.max(...texts.map(words));
        while (performance.now() < until);
        return embed(texts, options);
      },
    });
  };

  it('sizes each batch to about 250 ms from the last one’s time per padded token (a query waits for one batch at most)', async () => {
    const quick = paced(0);
    await new CatalogSearch(products).attachModel(quick);
    expect(quick.batches.map((b) => b.length)).toEqual([4, 60]); // 64 products: the first batch measures, the rest fit in one
    const slow = paced(0.5);
    await new CatalogSearch(products).attachModel(slow);
    const sizes = slow.batches.map((b) => b.length);
    expect(sizes[0]).toBe(4);
    const padded = slow.batches.map((b) => b.length * Math.max(...b.map((t) => t.split(' ').length)));
    // After the first batch, each one is sized so that its padded tokens take at most about 250 ms.
    for (const tokens of padded.slice(1)) expect(tokens * 0.5).toBeLessThanOrEqual(250 * 1.05);
    expect(Math.max(...sizes)).toBeGreaterThan(4); // short texts come first, in bigger batches
    expect(sizes.reduce((a, b) => a + b)).toBe(64);
  });

  it('sorts by the embedder’s token counts, counts each text once, embeds identical texts once', async () => {
    const embedder = paced(0);
    const twins = [...products.slice(0, 10), { ...products[3], id: 'copy-of-3' }];
    const catalog = new CatalogSearch(twins);
    expect(await catalog.attachModel(embedder)).toEqual({ embedded: 11, fromCache: 0 });
    const lengths = embedder.batches.flat().map((t) => t.split(' ').length);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
    expect(embedder.batches.flat()).toHaveLength(10);
    expect(embedder.counted).toBe(10);
    expect(embedder.forgotten).toBe(true); // the ids the embedder kept for these texts are dropped
    expect(catalog.productVectors()!.get('copy-of-3')).toEqual(catalog.productVectors()!.get(products[3].id));
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

  it('after an urgent job, keeps background jobs waiting for a quiet spell, so the next urgent one goes first', async () => {
    const lock = new PriorityLock(60);
    const order: string[] = [];
    const job = (name: string) => async () => {
      order.push(name);
      await new Promise((r) => setTimeout(r, 5));
    };
    const batch1 = lock.run(false, job('batch 1'));
    const route = lock.run(true, job('route the message'));
    await route;
    const routedAt = performance.now();
    // The catalog asks for its next batch at once; the search comes 20 ms later, as from the page.
    let batch2Started = 0;
    const batch2 = lock.run(false, async () => {
      batch2Started = performance.now();
      await job('batch 2')();
    });
    await new Promise((r) => setTimeout(r, 20));
    const search = lock.run(true, job('search'));
    await Promise.all([batch1, batch2, search]);
    expect(order).toEqual(['batch 1', 'route the message', 'search', 'batch 2']);
    expect(batch2Started - routedAt).toBeGreaterThanOrEqual(60); // the quiet spell after the search (a lower bound)
    // With no urgent call for a while, a background job starts at once.
    await new Promise((r) => setTimeout(r, 70));
    let ran = false;
    await lock.run(false, async () => {
      ran = true;
    });
    expect(ran).toBe(true);
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
