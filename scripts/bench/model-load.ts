/**
 * Model loading, side by side on this machine (Node, native ONNX Runtime, fake IndexedDB, a local
 * HTTP model host): cold load (download + verify + store) vs warm load (verified from IndexedDB,
 * no request) of each embedding model in the folder's manifest (the default and its lite one,
 * `model_bytes` / `cold_load_ms` / `warm_load_ms` suffixed with the model's name), the cost of
 * SHA-256 verification per MB, and one query vs a batch of 32 per item.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createEngine } from '../../workers/engine.ts';
import type { ModelManifest, ModelState } from '../../workers/engine-api.ts';
import type { ManifestModel } from '../../workers/protocol/models.ts';
import { Embedder } from '../../workers/runtime/embedder.ts';
import { sha256Hex } from '../../workers/math/sha256.ts';
import { startModelServer } from '../../test/node/runtime/model-server.ts';
import type { BenchOptions } from './bench-options.ts';
import { medianMs, percentile, printTable } from './bench-timing.ts';

/** A model with only its quantized weights (the file a browser loads), without its lite one. */
function q8Only(model: ManifestModel): ManifestModel {
  const quantized = model.files.some((f) => f.path === 'onnx/model_quantized.onnx');
  return { ...model, lite: undefined, files: model.files.filter((f) => !quantized || f.path !== 'onnx/model.onnx') };
}

/** The folder's embedding models (the default, then its lite one), each as a one-model manifest. */
export function embeddingManifests(dir: string): ModelManifest[] {
  const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')) as ModelManifest;
  const model = manifest.models.embeddings;
  return [model, model.lite].filter((m): m is ManifestModel => Boolean(m)).map((m) => ({ models: { embeddings: q8Only(m) } }));
}

/** Bytes of a model's files, as its manifest pins them. */
const size = (model: ManifestModel) => model.files.reduce((sum, f) => sum + (f.size ?? 0), 0);

/** The model's name as a key suffix: `Xenova/all-MiniLM-L6-v2` -> `all-MiniLM-L6-v2`. */
export const modelName = (model: ManifestModel) => model.id.split('/').pop()!;

async function loadOnce(host: string, manifest: ModelManifest, cacheName: string): Promise<{ ms: number; state: ModelState }> {
  const engine = createEngine();
  // The bench downloads whatever the size: no shopper here to ask.
  await engine.configure({ modelHost: host, manifest, cacheName, askAboveBytes: Number.POSITIVE_INFINITY });
  const start = performance.now();
  const status = await engine.prepareModels();
  return { ms: performance.now() - start, state: status.models.embeddings };
}

/** Cold and warm loads of one model, `runs` times each (a fresh cache per run, deleted after). */
async function coldAndWarm(url: string, manifest: ModelManifest, runs: number) {
  const cold: number[] = [];
  const warm: number[] = [];
  const coldFiles: number[] = [];
  const warmFiles: number[] = [];
  const filesMs = (state: ModelState) => (state.state === 'ready' ? (state.filesMs ?? 0) : 0);
  for (let i = 0; i < runs; i++) {
    const name = `bench-${Date.now()}-${i}`;
    const first = await loadOnce(url, manifest, name);
    if (first.state.state !== 'ready') throw new Error(`cold load ended ${first.state.state}: ${'message' in first.state ? first.state.message : ''}`);
    cold.push(first.ms);
    coldFiles.push(filesMs(first.state));
    const second = await loadOnce(url, manifest, name);
    if (second.state.state !== 'ready' || !second.state.fromCache) throw new Error('warm load did not come from the cache');
    warm.push(second.ms);
    warmFiles.push(filesMs(second.state));
    indexedDB.deleteDatabase(name); // fake-indexeddb keeps every stored model in memory otherwise
  }
  const median = (xs: number[]) => percentile(xs, 0.5);
  return { cold: median(cold), warm: median(warm), coldFiles: median(coldFiles), warmFiles: median(warmFiles) };
}

/** Runs the bench; returns ratios, and per model its bytes and cold and warm load times. */
export async function run({ models: testDir, quick }: BenchOptions): Promise<Record<string, number>> {
  const manifests = embeddingManifests(testDir);
  const server = await startModelServer(testDir);
  const perModel: Record<string, number> = {};
  const loads: Awaited<ReturnType<typeof coldAndWarm>>[] = [];
  for (const one of manifests) {
    const model = one.models.embeddings;
    const bytes = size(model);
    const times = await coldAndWarm(server.url, one, quick ? (bytes > 50e6 ? 1 : 2) : 5);
    loads.push(times);
    console.log(`${model.id} (${(bytes / 1e6).toFixed(1)} MB):`);
    printTable([
      ['cold load (HTTP download + verify + store)', times.cold],
      ['warm load (verified from IndexedDB, 0 requests)', times.warm],
      ['  files, cold (download+verify+store; summed)', times.coldFiles],
      ['  files, warm (IndexedDB read+verify; summed)', times.warmFiles],
    ]);
    perModel[`model_bytes.${modelName(model)}`] = bytes;
    perModel[`cold_load_ms.${modelName(model)}`] = Math.round(times.cold);
    perModel[`warm_load_ms.${modelName(model)}`] = Math.round(times.warm);
  }
  await server.close();
  const [{ cold, warm, coldFiles, warmFiles }] = loads;
  const manifest = manifests[0];
  const model = manifest.models.embeddings;
  const largest = model.files.reduce((a, b) => ((b.size ?? 0) > (a.size ?? 0) ? b : a));
  const weights = new Uint8Array(readFileSync(`${testDir}${model.id}/${largest.path}`));
  const hashMs = await medianMs(() => sha256Hex(weights), weights.byteLength > 50e6 ? (quick ? { runs: 1, warmup: 0 } : { runs: 3, warmup: 1 }) : { runs: 9, warmup: 2 });
  const hashMsPerMb = hashMs / (weights.byteLength / 1e6);
  console.log(`SHA-256 verification: ${hashMsPerMb.toFixed(2)} ms per MB (${(weights.byteLength / 1e6).toFixed(1)} MB in ${hashMs.toFixed(1)} ms)`);

  const { env } = await import('@huggingface/transformers');
  env.allowLocalModels = true;
  env.allowRemoteModels = false;
  env.localModelPath = testDir;
  env.useCustomCache = false;
  // --quick: one query vs a batch with the smallest embedding model of the folder (a real-size default
  // takes tens of seconds more to open a session for it under load; the ratio is what is read here).
  const perItemModel = quick ? manifests.map((m) => m.models.embeddings).reduce((a, b) => (size(b) < size(a) ? b : a)) : model;
  const embedder = await Embedder.load(perItemModel);
  const texts = Array.from({ length: 32 }, (_, i) => `waterproof running shoes model ${i} with breathable mesh upper`);
  const single = await medianMs(() => embedder.embed([texts[0]]), quick ? { runs: 7, warmup: 2 } : {});
  const batch = (await medianMs(() => embedder.embed(texts), { runs: quick ? 3 : 7, warmup: quick ? 1 : 2 })) / texts.length;
  console.log(`one query vs a batch of 32, ${perItemModel.id}:`);
  printTable([
    ['one query (per item)', single],
    ['batch of 32 (per item)', batch],
  ]);
  await embedder.dispose();
  return {
    ...perModel,
    warmOverCold: warm / cold,
    warmFilesOverColdFiles: warmFiles / coldFiles,
    sha256MsPerMb: hashMsPerMb,
    batchItemOverSingle: batch / single,
  };
}
