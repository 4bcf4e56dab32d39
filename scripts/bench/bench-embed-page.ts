/**
 * The page the `embed-browser` bench opens (served by Vite from the sources): Aisle's catalog
 * embedding against the plain transformers.js way in this page's WASM runtime, in turns, with the
 * CPU time the browser's processes used (`cpuMs`, exposed by the bench from /proc).
 */
import { ortBuilds } from '../../common/ort-builds.ts';
import dummy from '../../demo/catalog/dummyjson_products.jsonl?raw';
import luma from '../../demo/catalog/magento_luma_products.jsonl?raw';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { productEmbeddingText } from '../../workers/catalog/product-text.ts';
import type { ManifestModel, ModelManifest } from '../../workers/protocol/models.ts';
import { configureTransformers, transformers } from '../../workers/runtime/transformers-env.ts';
import { Embedder } from '../../workers/runtime/embedder.ts';
import { textEmbedder } from '../../workers/runtime/text-embedder.ts';
import { embedCatalog } from '../../workers/search/embed-catalog.ts';

/** What one page measures for one model; times in ms, one entry per repeat. */
export interface PageResult {
  threads: number;
  isolated: boolean;
  products: number;
  aisleMs: number[];
  aisleCpuMs: number[];
  plainMs: number[];
  plainCpuMs: number[];
  queryMs: number[];
  queryCpuMs: number;
  longMs: number[];
  longCpuMs: number;
  longChars: number;
}

declare function cpuMs(): Promise<number>;

const queries = ['waterproof jacket', 'running shoes under 100', '送给妈妈的礼物', 'laptop with long battery life'];

async function timed(fn: () => Promise<unknown>): Promise<[number, number]> {
  const cpu = await cpuMs();
  const start = performance.now();
  await fn();
  return [performance.now() - start, (await cpuMs()) - cpu];
}

async function wallMs(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function runEmbedBench(options: { modelHost: string; manifest: ModelManifest; model: ManifestModel; threads: number; products: number; repeats: number }): Promise<PageResult> {
  const { model } = options;
  configureTransformers({ modelHost: options.modelHost, manifest: options.manifest, ortBuilds: ortBuilds(), threads: options.threads });
  const all = [...parseCatalogFeed(dummy).products, ...parseCatalogFeed(luma).products];
  // Every third product first (both shops, all lengths), as the Node bench's --quick picks them.
  const products = [...all.filter((_, i) => i % 3 === 0), ...all.filter((_, i) => i % 3 !== 0)].slice(0, options.products);
  const texts = products.map(productEmbeddingText);
  const aisle = await Embedder.load(model);
  const { pipeline, env } = await transformers();
  const plain = await pipeline('feature-extraction', model.id, { dtype: model.dtype as 'q8', device: 'wasm' });
  await plain(texts[0], { pooling: 'mean', normalize: true });
  const result: PageResult = {
    threads: env.backends.onnx.wasm?.numThreads ?? 1, isolated: crossOriginIsolated, products: products.length,
    aisleMs: [], aisleCpuMs: [], plainMs: [], plainCpuMs: [], queryMs: [], queryCpuMs: 0, longMs: [], longCpuMs: 0, longChars: 0,
  };
  const aisleWay = () => embedCatalog(products, textEmbedder(aisle), { maxProducts: Number.POSITIVE_INFINITY });
  const plainWay = async () => {
    for (const text of texts) await plain(text, { pooling: 'mean', normalize: true });
  };
  // One unmeasured run of each first: ONNX Runtime's first calls at new input shapes (and the
  // tokenizer's first calls) cost more, and would fall on whichever way ran first.
  await aisleWay();
  await plainWay();
  for (let i = 0; i < options.repeats; i++) {
    const [ms, cpu] = await timed(aisleWay);
    result.aisleMs.push(ms);
    result.aisleCpuMs.push(cpu);
    const [plainMs, plainCpu] = await timed(plainWay);
    result.plainMs.push(plainMs);
    result.plainCpuMs.push(plainCpu);
  }
  const longest = texts.reduce((a, t) => (t.length > a.length ? t : a), '');
  result.longChars = longest.length;
  const [, queryCpu] = await timed(async () => {
    for (let i = 0; i < 11; i++) result.queryMs.push(await wallMs(() => aisle.embed([queries[i % queries.length]])));
  });
  const [, longCpu] = await timed(async () => {
    for (let i = 0; i < 11; i++) result.longMs.push(await wallMs(() => aisle.embed([longest])));
  });
  result.queryCpuMs = queryCpu / 11;
  result.longCpuMs = longCpu / 11;
  await plain.dispose();
  await aisle.dispose();
  return result;
}

(window as unknown as { runEmbedBench: typeof runEmbedBench }).runEmbedBench = runEmbedBench;
document.title = 'ready';
