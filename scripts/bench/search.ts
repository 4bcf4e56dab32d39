import { readFileSync } from 'node:fs';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { createEngine } from '../../workers/engine.ts';
import type { ModelManifest } from '../../workers/protocol/models.ts';
import type { BenchOptions } from './bench-options.ts';
import { medianMs, printTable } from './bench-timing.ts';

const queries = ['laptop', 'running shoes under 100', '送给妈妈的礼物', 'waterproof jacket', 'iphone charger', '香水'];

/**
 * Light-path vs model-path search latency per query, and catalog embedding cost, on the demo catalog
 * (--quick: every third product, 128, so a real-size model embeds a third as much; both paths search the same catalog).
 */
export async function run({ models, quick }: BenchOptions): Promise<Record<string, number>> {
  const all = ['dummyjson_products', 'magento_luma_products'].flatMap(
    (name) => parseCatalogFeed(readFileSync(`demo/catalog/${name}.jsonl`, 'utf8')).products,
  );
  const products = quick ? all.filter((_, i) => i % 3 === 0).slice(0, 128) : all;
  const manifest = JSON.parse(readFileSync(`${models}manifest.json`, 'utf8')) as ModelManifest;
  const light = createEngine();
  await light.configure({ modelHost: models, manifest, models: false });
  await light.load(products);
  const model = createEngine();
  await model.configure({ modelHost: models, manifest });
  await model.load(products);
  const prepareStart = performance.now();
  await model.prepareModels();
  const prepareMs = performance.now() - prepareStart;
  // Re-indexing embeds the whole catalog again: minutes with a real-size model, so not with --quick.
  const reloadMs = quick ? Number.NaN : await medianMs(() => model.load(products), { runs: 3, warmup: 0 });

  let i = 0;
  const lightMs = await medianMs(() => light.search(queries[i++ % queries.length]), { runs: quick ? 30 : 60 });
  const modelMs = await medianMs(() => model.search(queries[i++ % queries.length]), { runs: quick ? 30 : 60 });
  console.log(`${products.length} products, embedding model from ${models} (Node, onnxruntime-node CPU)`);
  printTable([
    ['search, light path (lexical), per query', lightMs],
    ['search, model path (lexical + embedding, RRF)', modelMs],
  ]);
  console.log(`model load + catalog embedding: ${prepareMs.toFixed(0)} ms${quick ? '' : `; re-index with embeddings: ${reloadMs.toFixed(0)} ms`}`);
  return { modelOverLightPerQuery: modelMs / lightMs, lightMs, modelMs, prepareMs, ...(quick ? {} : { reindexMs: reloadMs }) };
}
