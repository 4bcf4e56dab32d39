/**
 * Catalog embedding per embedding model of the folder's manifest (the default and its lite one), in
 * Node with the native ONNX Runtime, models read from the folder, no embedding cache:
 * - `query_embed_ms`: one query embedded (Aisle's Embedder, median);
 * - `catalog_embed_items_per_s`: the engine embedding a loaded catalog (`load()` with the model ready);
 * - `query_during_embed_ms`: a search typed while that catalog embeds, sent a quarter of the way in
 *   (Node runs ONNX Runtime off the event loop; a browser worker runs WASM on its own thread, so a
 *   query there also waits for the batch in flight: the page bench's numbers are the shopper's);
 * - `embed_speedup_vs_plain`: Aisle's catalog embedding against the plain way a developer uses
 *   transformers.js, `pipeline('feature-extraction', id, { dtype })` called once per product with
 *   `{ pooling: 'mean', normalize: true }`, same model, same texts, same run (>1: Aisle is faster).
 * The two ways run in turns (Aisle, plain, Aisle, ...), medians of 3. Keys are suffixed with the
 * model's name. --quick embeds 128 of the 385 demo products, once each way.
 */
import { readFileSync } from 'node:fs';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { productEmbeddingText } from '../../workers/catalog/product-text.ts';
import { createEngine } from '../../workers/engine.ts';
import type { ModelManifest } from '../../workers/protocol/models.ts';
import { Embedder } from '../../workers/runtime/embedder.ts';
import type { BenchOptions } from './bench-options.ts';
import { medianMs, percentile, printMetrics } from './bench-timing.ts';
import { embeddingManifests, modelName } from './model-load.ts';

const queries = ['waterproof jacket', 'running shoes under 100', '送给妈妈的礼物', 'laptop with long battery life'];

/** ms of one call. */
async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** One model's numbers. */
async function measure(dir: string, manifest: ModelManifest, products: ReturnType<typeof parseCatalogFeed>['products'], repeats: number) {
  const model = manifest.models.embeddings;
  const texts = products.map(productEmbeddingText);

  // The engine's catalog embedding: the model loaded, then the same catalog loaded again (embedded anew).
  const engine = createEngine({ embeddingCache: null });
  await engine.configure({ modelHost: dir, manifest, askAboveBytes: Number.POSITIVE_INFINITY });
  await engine.load(products);
  const prepared = await engine.prepareModels();
  if (prepared.models.embeddings.state !== 'ready') throw new Error(`embed bench: ${model.id} ended ${prepared.models.embeddings.state}`);
  const light = createEngine({ embeddingCache: null });
  await light.configure({ modelHost: dir, manifest, models: false });
  await light.load(products);
  const lexicalMs = await timed(() => light.load(products));

  // The plain transformers.js way: one pipeline call per product, defaults but the dtype (the same weights).
  const { pipeline } = await import('@huggingface/transformers');
  const extractor = await pipeline('feature-extraction', model.id, { dtype: model.dtype as 'q8' });
  await extractor(texts[0], { pooling: 'mean', normalize: true });
  // Aisle's and the plain way in turns, so that a change in the machine's load falls on both.
  const aisle: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < repeats; i++) {
    aisle.push(await timed(() => engine.load(products)));
    plain.push(await timed(async () => {
      for (const text of texts) await extractor(text, { pooling: 'mean', normalize: true });
    }));
  }
  await extractor.dispose();
  const aisleMs = Math.max(1, percentile(aisle, 0.5) - lexicalMs);
  const plainMs = percentile(plain, 0.5);

  // A search typed while the catalog embeds.
  const during: number[] = [];
  for (const query of queries.slice(0, repeats + 1)) {
    let done = false;
    const embedding = engine.load(products).then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, aisleMs / 4));
    const ms = await timed(() => engine.search(query));
    if (done) console.warn(`embed bench: the catalog finished embedding before "${query}" was answered`);
    during.push(ms);
    await embedding;
  }

  // One query, Aisle's embedder on its own.
  const embedder = await Embedder.load(model);
  let q = 0;
  const queryMs = await medianMs(() => embedder.embed([queries[q++ % queries.length]]), { runs: 9, warmup: 2 });
  await embedder.dispose();

  return { aisleMs, plainMs, queryMs, duringMs: percentile(during, 0.5), duringMaxMs: Math.max(...during) };
}

/** Runs the bench for each embedding model of the folder. */
export async function run({ models: dir, quick }: BenchOptions): Promise<Record<string, number>> {
  const all = ['dummyjson_products', 'magento_luma_products'].flatMap((name) => parseCatalogFeed(readFileSync(`demo/catalog/${name}.jsonl`, 'utf8')).products);
  const products = quick ? all.filter((_, i) => i % 3 === 0).slice(0, 128) : all;
  const results: Record<string, number> = {};
  for (const manifest of embeddingManifests(dir)) {
    const model = manifest.models.embeddings;
    const m = await measure(dir, manifest, products, quick ? 1 : 3);
    const name = modelName(model);
    const rows: [string, number, string][] = [
      [`query_embed_ms.${name}`, m.queryMs, 'one query embedded (median of 9)'],
      [`catalog_embed_items_per_s.${name}`, products.length / (m.aisleMs / 1000), `the engine embedding ${products.length} demo products (load with the model ready, light-path indexing subtracted)`],
      [`query_during_embed_ms.${name}`, m.duringMs, `a search sent a quarter of the way into that embedding (median; max ${m.duringMaxMs.toFixed(0)} ms)`],
      [`plain_embed_items_per_s.${name}`, products.length / (m.plainMs / 1000), "pipeline('feature-extraction') once per product, same texts"],
      [`embed_speedup_vs_plain.${name}`, m.plainMs / m.aisleMs, "Aisle's catalog embedding over the plain way (>1: Aisle is faster)"],
    ];
    console.log(`${model.id}, ${products.length} products (Node, onnxruntime-node CPU):`);
    printMetrics(rows);
    for (const [key, value] of rows) results[key] = Number(value.toFixed(2));
  }
  return results;
}
