/**
 * Model loading, side by side on this machine (Node, native ONNX Runtime, fake IndexedDB, a local
 * HTTP model host): cold load (download + verify + store) vs warm load (verified from IndexedDB,
 * no request), the cost of SHA-256 verification per MB, and one query vs a batch of 32 per item.
 */
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { createEngine } from '../../workers/engine.ts';
import type { ModelManifest, ModelState } from '../../workers/engine-api.ts';
import { Embedder } from '../../workers/runtime/embedder.ts';
import { sha256Hex } from '../../workers/math/sha256.ts';
import { startModelServer } from '../../test/node/runtime/model-server.ts';
import type { BenchOptions } from './bench-options.ts';
import { medianMs, printTable } from './bench-timing.ts';

/** The folder's embedding model with only its quantized weights (the file a browser loads). */
function q8Manifest(dir: string): ModelManifest {
  const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')) as ModelManifest;
  const model = manifest.models.embeddings;
  const quantized = model.files.some((f) => f.path === 'onnx/model_quantized.onnx');
  return { models: { embeddings: { ...model, files: model.files.filter((f) => !quantized || f.path !== 'onnx/model.onnx') } } };
}

async function loadOnce(host: string, manifest: ModelManifest, cacheName: string): Promise<{ ms: number; state: ModelState }> {
  const engine = createEngine();
  await engine.configure({ modelHost: host, manifest, cacheName });
  const start = performance.now();
  const status = await engine.prepareModels();
  return { ms: performance.now() - start, state: status.models.embeddings };
}

/** Runs the bench; returns ratios. */
export async function run({ models: testDir, quick }: BenchOptions): Promise<Record<string, number>> {
  const manifest = q8Manifest(testDir);
  const server = await startModelServer(testDir);
  const cold: number[] = [];
  const warm: number[] = [];
  const coldFiles: number[] = [];
  const warmFiles: number[] = [];
  const filesMs = (state: ModelState) => (state.state === 'ready' ? (state.filesMs ?? 0) : 0);
  for (let i = 0; i < (quick ? 3 : 5); i++) {
    const name = `bench-${Date.now()}-${i}`;
    const first = await loadOnce(server.url, manifest, name);
    cold.push(first.ms);
    coldFiles.push(filesMs(first.state));
    const second = await loadOnce(server.url, manifest, name);
    if (second.state.state !== 'ready' || !second.state.fromCache) throw new Error('warm load did not come from the cache');
    warm.push(second.ms);
    warmFiles.push(filesMs(second.state));
  }
  await server.close();
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  printTable([
    ['cold load (HTTP download + verify + store)', median(cold)],
    ['warm load (verified from IndexedDB, 0 requests)', median(warm)],
    ['  files, cold (download+verify+store; summed)', median(coldFiles)],
    ['  files, warm (IndexedDB read+verify; summed)', median(warmFiles)],
  ]);

  const model = manifest.models.embeddings;
  const largest = model.files.reduce((a, b) => ((b.size ?? 0) > (a.size ?? 0) ? b : a));
  const weights = new Uint8Array(readFileSync(`${testDir}${model.id}/${largest.path}`));
  const hashMs = await medianMs(() => sha256Hex(weights), { runs: 9, warmup: 2 });
  const hashMsPerMb = hashMs / (weights.byteLength / 1e6);
  console.log(`SHA-256 verification: ${hashMsPerMb.toFixed(2)} ms per MB (${(weights.byteLength / 1e6).toFixed(1)} MB in ${hashMs.toFixed(1)} ms)`);

  const { env } = await import('@huggingface/transformers');
  env.allowLocalModels = true;
  env.allowRemoteModels = false;
  env.localModelPath = testDir;
  env.useCustomCache = false;
  const embedder = await Embedder.load(model);
  const texts = Array.from({ length: 32 }, (_, i) => `waterproof running shoes model ${i} with breathable mesh upper`);
  const single = await medianMs(() => embedder.embed([texts[0]]), quick ? { runs: 7, warmup: 2 } : {});
  const batch = (await medianMs(() => embedder.embed(texts), { runs: quick ? 3 : 7, warmup: quick ? 1 : 2 })) / texts.length;
  printTable([
    ['one query (per item)', single],
    ['batch of 32 (per item)', batch],
  ]);
  await embedder.dispose();
  return {
    warmOverCold: median(warm) / median(cold),
    warmFilesOverColdFiles: median(warmFiles) / median(coldFiles),
    sha256MsPerMb: hashMsPerMb,
    batchItemOverSingle: batch / single,
  };
}
