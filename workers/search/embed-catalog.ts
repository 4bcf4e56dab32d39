import type { Product } from '../protocol/product.ts';
import { productEmbeddingText } from '../catalog/product-text.ts';
import { sha256Hex } from '../math/sha256.ts';
import type { TextEmbedder } from '../runtime/runtime-types.ts';
import { yieldToTasks } from '../../common/yield-to-event-loop.ts';
import type { EmbeddingCache } from './search-types.ts';

/**
 * How long one batch of catalog embedding should take: a query typed meanwhile waits at most for the
 * batch in progress. Batches start at 4 products and double (up to 32) while a batch takes under half
 * of this, and halve (down to 1) while it takes over twice this: small models embed in big batches,
 * real-size ones on a slow device in small ones.
 */
export const catalogBatchMs = 250;

/**
 * The most products a shopper's device embeds for one catalog (EngineConfig `maxEmbedProducts`).
 * Above it only the first products get vectors on the device (search stays lexical for the rest):
 * a larger catalog needs the merchant's prebuilt index (`npx aisle index`).
 */
export const defaultMaxEmbedProducts = 1000;

/** Options of embedCatalog. */
export interface CatalogEmbedOptions {
  /** Vectors kept between visits: reused, and each batch saved as soon as it is embedded. */
  cache?: EmbeddingCache;
  /** Cap on products embedded on this device, cached ones included; default defaultMaxEmbedProducts. */
  maxProducts?: number;
  /** A fixed batch size instead of the adaptive one (tests). */
  batchSize?: number;
  /** True once the work is no longer wanted (a newer catalog replaced this one): stops between batches. */
  cancelled?: () => boolean;
}

/** What embedCatalog produced: vectors by product id (in catalog order), and how many were embedded, cached and left out. */
export interface CatalogEmbedResult {
  ids: string[];
  vectors: Float32Array[];
  embedded: number;
  fromCache: number;
  /** Products left without a vector (above the cap). */
  skipped: number;
}

/**
 * Embeds a catalog's products without holding the worker: small batches (about catalogBatchMs each), sorted by text length
 * (less padding), each after a turn of the event loop (a search or question that arrived meanwhile
 * runs first) and as a background call of the embedder (queries waiting on the model go first).
 * Each batch is saved to the cache at once, so a reload resumes where this one stopped.
 */
export async function embedCatalog(products: Product[], embedder: TextEmbedder, options: CatalogEmbedOptions = {}): Promise<CatalogEmbedResult> {
  const { cache } = options;
  const texts = products.map(productEmbeddingText);
  const hashes = cache ? await Promise.all(texts.map((t) => sha256Hex(t))) : [];
  const cached = cache ? await cache.get(embedder.modelKey, hashes) : [];
  const rows = products.map((_, i) => i);
  const hits = rows.filter((i) => cached[i]);
  const missing = rows.filter((i) => !cached[i]);
  const room = Math.max(0, (options.maxProducts ?? defaultMaxEmbedProducts) - hits.length);
  const chosen = missing.slice(0, room).sort((a, b) => texts[a].length - texts[b].length);
  const byRow = new Map<number, Float32Array>(hits.map((i) => [i, cached[i]!]));
  let size = options.batchSize ?? 4;
  let embedded = 0;
  for (let start = 0; start < chosen.length; ) {
    await yieldToTasks();
    if (options.cancelled?.()) break;
    const batch = chosen.slice(start, start + size);
    start += batch.length;
    const started = performance.now();
    const fresh = await embedder.embed(batch.map((i) => texts[i]), { background: true, batchSize: batch.length });
    const ms = performance.now() - started;
    batch.forEach((row, k) => byRow.set(row, fresh[k]));
    embedded += batch.length;
    if (cache) await cache.put(embedder.modelKey, batch.map((row, k) => ({ hash: hashes[row], vector: fresh[k] })));
    if (!options.batchSize) size = ms < catalogBatchMs / 2 ? Math.min(32, size * 2) : ms > catalogBatchMs * 2 ? Math.max(1, size >> 1) : size;
  }
  const done = rows.filter((i) => byRow.has(i)); // catalog order
  return { ids: done.map((i) => products[i].id), vectors: done.map((i) => byRow.get(i)!), embedded, fromCache: hits.length, skipped: products.length - done.length };
}
