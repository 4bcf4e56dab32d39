import type { Product } from '../protocol/product.ts';
import { productEmbeddingText } from '../catalog/product-text.ts';
import { sha256Hex } from '../math/sha256.ts';
import type { TextEmbedder } from '../runtime/runtime-types.ts';
import { yieldToTasks } from '../../common/yield-to-event-loop.ts';
import type { EmbeddingCache } from './search-types.ts';

/**
 * How long one batch of catalog embedding should take: a query typed meanwhile waits at most for the
 * batch in progress. The first batch is 4 texts; each next one is sized from the last one's time per
 * padded token (texts sorted by token count, so a batch's padded size is its count times its last
 * text's length) to take about this long, 1 to maxCatalogBatch texts: small models embed in big
 * batches, real-size ones on a slow device in small ones.
 */
export const catalogBatchMs = 250;

/** The most texts in one batch of catalog embedding (larger ones gained nothing measurable, README "Benchmarks"). */
export const maxCatalogBatch = 64;

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
 * Each text's length in the model's tokens (the embedder's tokenizer, in slices that let queued
 * messages run between them), or in characters when the embedder cannot count tokens.
 */
async function textLengths(texts: string[], embedder: TextEmbedder, cancelled?: () => boolean): Promise<number[]> {
  if (!embedder.tokenCounts) return texts.map((t) => t.length);
  const lengths: number[] = [];
  for (let start = 0; start < texts.length; start += 16) {
    if (start) await yieldToTasks();
    if (cancelled?.()) return [...lengths, ...texts.slice(start).map((t) => t.length)]; // nothing more is embedded
    lengths.push(...embedder.tokenCounts(texts.slice(start, start + 16)));
  }
  return lengths;
}

/**
 * Embeds a catalog's products without holding the worker: batches of about catalogBatchMs each,
 * sorted by token count (little padding), identical texts embedded once, each batch after a turn of
 * the event loop (a search or question that arrived meanwhile runs first) and as a background call of
 * the embedder (queries waiting on the model go first). Each batch is saved to the cache at once, so
 * a reload resumes where this one stopped.
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
  const rowsOf = new Map<string, number[]>(); // each distinct text, and the products that have it
  for (const row of missing.slice(0, room)) {
    const same = rowsOf.get(texts[row]);
    if (same) same.push(row);
    else rowsOf.set(texts[row], [row]);
  }
  const unique = [...rowsOf.keys()];
  const lengths = await textLengths(unique, embedder, options.cancelled);
  const order = unique.map((_, i) => i).sort((a, b) => lengths[a] - lengths[b]);
  const byRow = new Map<number, Float32Array>(hits.map((i) => [i, cached[i]!]));
  let msPerToken = 0; // of the last batch: sizes the next one
  let embedded = 0;
  try {
    for (let start = 0; start < order.length; ) {
      await yieldToTasks();
      if (options.cancelled?.()) break;
      const size = options.batchSize ?? (msPerToken ? batchSize(order, start, lengths, msPerToken) : 4);
      const batch = order.slice(start, start + size);
      start += batch.length;
      const started = performance.now();
      const fresh = await embedder.embed(batch.map((i) => unique[i]), { background: true, batchSize: batch.length });
      msPerToken = (performance.now() - started) / (batch.length * Math.max(1, lengths[batch[batch.length - 1]]));
      const saved = batch.flatMap((text, k) => rowsOf.get(unique[text])!.map((row) => ({ row, vector: fresh[k] })));
      for (const { row, vector } of saved) byRow.set(row, vector);
      embedded += saved.length;
      if (cache) await cache.put(embedder.modelKey, saved.map(({ row, vector }) => ({ hash: hashes[row], vector })));
    }
  } finally {
    embedder.forgetTokens?.();
  }
  const done = rows.filter((i) => byRow.has(i)); // catalog order
  return { ids: done.map((i) => products[i].id), vectors: done.map((i) => byRow.get(i)!), embedded, fromCache: hits.length, skipped: products.length - done.length };
}

/** How many texts from `start` (sorted by length) fill about catalogBatchMs at `msPerToken` per padded token. */
function batchSize(order: number[], start: number, lengths: number[], msPerToken: number): number {
  let size = 1;
  while (size < maxCatalogBatch && start + size < order.length && (size + 1) * Math.max(1, lengths[order[start + size]]) * msPerToken <= catalogBatchMs) size++;
  return size;
}
