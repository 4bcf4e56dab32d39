/**
 * The scale bench's scenario (started by scripts/bench/scale.ts with --expose-gc): builds a
 * prebuilt index of 10,000 products made from the demo catalogs, serves it over HTTP, and times
 * loading it and searching it. Prints a markdown table, then the numbers as JSON on its last line.
 * With --quick, products get 64 random unit vectors in turn (nothing embedded at build time: with a
 * real-size model the full build takes many minutes, and opening the model's session alone tens of
 * seconds under load); the index has the same size and shape, so load and search times and the heap
 * are measured alike (not search quality; the hybrid engine still embeds each query with the model).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { createEngine } from '../../workers/engine.ts';
import type { ModelManifest } from '../../workers/protocol/models.ts';
import type { Product } from '../../workers/protocol/product.ts';
import { embeddingModelKey } from '../../workers/runtime/embedding-model-key.ts';
import { Embedder } from '../../workers/runtime/embedder.ts';
import { configureTransformers } from '../../workers/runtime/transformers-env.ts';
import { LexicalIndex } from '../../workers/search/lexical-index.ts';
import { buildPrebuiltIndex, indexManifestFile } from '../../workers/search/prebuilt-index.ts';
import { parseBenchArgs } from './bench-options.ts';
import { percentile, printMetrics, timings } from './bench-timing.ts';

const variants = ['Classic', 'Pro', 'Lite', 'Max', 'Mini', 'Plus', 'Eco', 'Sport', 'Travel', 'Studio'];
const queries = [
  'laptop', 'running shoes under 100', '送给妈妈的礼物', 'waterproof jacket', 'iphone charger', '香水', 'cheapest laptop',
  'basketbal', 'red dress for a wedding', 'gift for a runner', 'yoga pants', 'skin care for dry skin', 'kitchen knife',
  '笔记本电脑', 'sunglasses', 'watch with leather strap', 'hoodie size M', 'perfume under 50',
];

/** 10,000 products from the demo catalogs: each in many variants, prices and ratings spread. */
const base = ['dummyjson_products', 'magento_luma_products'].flatMap(
  (name) => parseCatalogFeed(readFileSync(`demo/catalog/${name}.jsonl`, 'utf8')).products,
);
function catalog(size: number): Product[] {
  return Array.from({ length: size }, (_, i) => {
    const p = base[i % base.length];
    const round = Math.floor(i / base.length);
    return {
      ...p,
      id: `syn-${i}`,
      title: `${p.title} ${variants[round % variants.length]} ${round}`,
      price: Math.round((p.price ?? 10) * (0.6 + ((i * 37) % 80) / 100) * 100) / 100,
      rating: Math.round((1 + ((i * 53) % 400) / 100) * 100) / 100,
    };
  });
}

/** Serves the files as a static host does: bytes encoded once, not per request. */
async function serveFiles(texts: Map<string, Uint8Array | string>): Promise<{ server: Server; url: string }> {
  const files = new Map([...texts].map(([name, body]) => [name, typeof body === 'string' ? Buffer.from(body) : body]));
  const server = createServer((req, res) => {
    const body = files.get(decodeURIComponent(new URL(req.url!, 'http://x').pathname).slice(1));
    if (body === undefined) return void res.writeHead(404, { connection: 'close' }).end();
    res.writeHead(200, { connection: 'close' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as { port: number }).port}/` };
}

const { options } = parseBenchArgs(process.argv.slice(2));
const { models, quick } = options;
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
let peakHeap = 0;
/** Off while the version 1 comparison loads, so the peak is this build's. */
let sampling = true;
const sampleHeap = () => sampling && (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));

const manifest = JSON.parse(readFileSync(`${models}manifest.json`, 'utf8')) as ModelManifest;
const products = catalog(10_000);
const buildStarted = performance.now();
configureTransformers({ modelHost: models });
const embedderModel = manifest.models.embeddings;
/** --quick (with the model's size in its manifest): 64 random unit vectors of that size, reused in turn. */
const randomDims = quick ? embedderModel.dims : undefined;
const embedder = randomDims ? undefined : await Embedder.load(embedderModel);
let seed = 1;
const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) - 0.5;
const baseVectors = Array.from({ length: randomDims ? 64 : 0 }, () => {
  const v = Float32Array.from({ length: randomDims! }, random);
  const norm = Math.hypot(...v);
  return v.map((x) => x / norm);
});
let embedded = 0;
const embed = embedder
  ? (texts: string[]) => embedder.embed(texts)
  : async (texts: string[]) => texts.map(() => baseVectors[embedded++ % baseVectors.length]);
const { files, manifest: indexManifest } = await buildPrebuiltIndex(products, { embedder: { modelKey: embeddingModelKey(embedderModel), embed }, modelId: embedderModel.id });
await embedder?.dispose();
const buildMs = performance.now() - buildStarted;
// Without --quick, the same index as a version 1 folder (MiniSearch's JSON, rebuilt on load), for the before/after ratio.
const compareV1 = !quick;
if (compareV1) {
  files.set(`v1/${indexManifestFile}`, JSON.stringify({ ...indexManifest, version: 1, lexical: { file: 'lexical.json', engine: 'minisearch' } }));
  files.set('v1/lexical.json', new LexicalIndex(products).toJSON());
  files.set('v1/products.json', files.get('products.json')!);
}
const { server, url } = await serveFiles(files);

gc();
const baseHeap = process.memoryUsage().heapUsed;
const sampler = setInterval(sampleHeap, 5);
const loadRuns = quick ? 3 : 7;
const loadOnce = async (from: string, v1 = false) => {
  if (v1) sampling = false;
  const engine = createEngine({ embeddingCache: null });
  await engine.configure({ modelHost: models, manifest, models: false });
  const started = performance.now();
  await engine.loadIndex(from);
  const ms = performance.now() - started;
  sampleHeap();
  if (v1) {
    gc();
    sampling = true;
  }
  return ms;
};
// Version 2 (this build) and version 1 loads alternate, so both see the same machine load.
const warn = console.warn;
console.warn = () => {}; // version 1's "rebuild me" note, once per load
await loadOnce(url);
if (compareV1) await loadOnce(`${url}v1/`, true);
const loadMs: number[] = [];
const loadV1Ms: number[] = [];
for (let run = 0; run < loadRuns; run++) {
  loadMs.push(await loadOnce(url));
  if (compareV1) loadV1Ms.push(await loadOnce(`${url}v1/`, true));
}
console.warn = warn;

const light = createEngine({ embeddingCache: null });
await light.configure({ modelHost: models, manifest, models: false });
await light.loadIndex(url);
const hybrid = createEngine({ embeddingCache: null });
await hybrid.configure({ modelHost: models, manifest });
await hybrid.loadIndex(url);
const status = await hybrid.prepareModels();
if (status.searchPath !== 'model' || status.index?.prebuilt !== 10_000) throw new Error(`scale bench: the hybrid engine is not on the model path with the prebuilt vectors (${JSON.stringify(status.index)})`);
sampleHeap();

const runs = quick ? 80 : 300;
let i = 0;
const lightMs = await timings(async () => { await light.search(queries[i++ % queries.length]); sampleHeap(); }, { runs, warmup: queries.length });
const hybridMs = await timings(async () => { await hybrid.search(queries[i++ % queries.length]); sampleHeap(); }, { runs, warmup: queries.length });
clearInterval(sampler);
server.close();

const results = {
  search_p95_ms_10k_light: percentile(lightMs, 0.95),
  search_p95_ms_10k_hybrid: percentile(hybridMs, 0.95),
  search_p50_ms_10k_light: percentile(lightMs, 0.5),
  search_p50_ms_10k_hybrid: percentile(hybridMs, 0.5),
  prebuilt_index_load_ms_10k: percentile(loadMs, 0.5),
  ...(compareV1 ? { prebuilt_index_load_ms_10k_v1: percentile(loadV1Ms, 0.5) } : {}),
  peak_heap_mb_10k: peakHeap / 2 ** 20,
  peak_heap_growth_mb_10k: (peakHeap - baseHeap) / 2 ** 20,
  prebuilt_index_build_s_10k: buildMs / 1000,
};
console.log(`10,000 products (demo catalogs in variants), prebuilt index with ${embedderModel.id} from ${models}, served over HTTP; Node ${process.version}`);
printMetrics([
  ['search_p95_ms_10k_light', results.search_p95_ms_10k_light, `light path (lexical), p95 of ${runs} queries`],
  ['search_p95_ms_10k_hybrid', results.search_p95_ms_10k_hybrid, `hybrid (lexical + query embedding + vectors, RRF), p95 of ${runs}`],
  ['search_p50_ms_10k_light', results.search_p50_ms_10k_light, 'light path, median'],
  ['search_p50_ms_10k_hybrid', results.search_p50_ms_10k_hybrid, 'hybrid, median'],
  ['prebuilt_index_load_ms_10k', results.prebuilt_index_load_ms_10k, `loadIndex (fetch + parse products + packed lexical index, version 2), median of ${loadRuns}`],
  ...(compareV1 ? [['prebuilt_index_load_ms_10k_v1', percentile(loadV1Ms, 0.5), `the same index as a version 1 folder (MiniSearch JSON, rebuilt on load), median of ${loadRuns} alternating with the above: x${(percentile(loadV1Ms, 0.5) / results.prebuilt_index_load_ms_10k).toFixed(2)}`] as [string, number, string]] : []),
  ['peak_heap_mb_10k', results.peak_heap_mb_10k, 'peak JS heap used while loading and searching (sampled every 5 ms and after each step)'],
  ['peak_heap_growth_mb_10k', results.peak_heap_growth_mb_10k, 'of which above the heap after building the index (catalog + index files in memory)'],
  ['prebuilt_index_build_s_10k', results.prebuilt_index_build_s_10k, quick ? 'building the index here (--quick: 64 random vectors reused, nothing embedded)' : 'building the index here (embedding 10k products in Node), for reference'],
]);
console.log(JSON.stringify(results));
