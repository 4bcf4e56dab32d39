import { afterEach, describe, expect, it } from 'vitest';
import { ortBuilds } from '../../../common/ort-builds.ts';
import catalogText from '../../../demo/catalog/dummyjson_products.jsonl?raw';
import testManifestJson from '../../../models/test/manifest.json';
import { parseCatalogFeed } from '../../../workers/catalog/parse-feed.ts';
import { createEngine } from '../../../workers/engine.ts';
import { EngineClient } from '../../../src/engine-client.ts';
import type { EngineConfig, ModelManifest } from '../../../workers/engine-api.ts';

const products = parseCatalogFeed(catalogText).products.slice(0, 40);
const modelHost = new URL('/models/test/', location.href).href;
const run = `${Date.now()}`;

function manifest(): ModelManifest {
  const model = (testManifestJson as ModelManifest).models.embeddings;
  return { models: { embeddings: { ...model, devices: ['webgpu', 'wasm'], files: model.files.filter((f) => f.path !== 'onnx/model.onnx') } } };
}

/** An engine in the page itself (not a worker), so a test can replace navigator.gpu. */
async function pageEngine(config: Partial<EngineConfig>) {
  const engine = createEngine();
  // ONNX Runtime's builds as the widget serves them (the worker entry names them in the widget; here the page does).
  await engine.configure({ modelHost, manifest: manifest(), cacheName: `aisle-device-${run}`, ortBuilds: ortBuilds(), ...config });
  await engine.load(products);
  return engine;
}

/** A WebGPU that grants an adapter with shader-f16 to the probe, but cannot create a device. */
function brokenWebGpu(): void {
  const adapter = { features: new Set(['shader-f16']), info: { isFallbackAdapter: false }, limits: {}, requestDevice: () => Promise.reject(new Error('GPU process crashed (simulated)')) };
  Object.defineProperty(navigator, 'gpu', { configurable: true, value: { requestAdapter: async () => adapter, getPreferredCanvasFormat: () => 'bgra8unorm' } });
}

afterEach(() => {
  delete (navigator as { gpu?: unknown }).gpu; // back to the prototype's getter
});

describe('device choice and WebGPU fallback in Chromium', () => {
  it('falls back to WASM when WebGPU grants an adapter but no device, without ever handing WebGPU to ONNX Runtime', async () => {
    brokenWebGpu();
    const engine = await pageEngine({ device: 'webgpu' });
    const status = await engine.prepareModels();
    expect(status.capabilities?.webgpu).toMatchObject({ adapter: false, reason: expect.stringMatching(/could not create a device.*simulated/) });
    expect(status.models.embeddings).toMatchObject({ state: 'ready', devices: { single: 'wasm', batch: 'wasm' } });
    expect(status.searchPath).toBe('model');
    expect((await engine.search('mascara')).source).toBe('model');
  });

  it('chooses WASM for everything when there is no WebGPU adapter', async () => {
    Object.defineProperty(navigator, 'gpu', { configurable: true, value: { requestAdapter: async () => null } });
    const engine = await pageEngine({});
    const status = await engine.prepareModels();
    expect(status.capabilities?.webgpu).toMatchObject({ adapter: false, reason: 'WebGPU gave no adapter' });
    expect(status.models.embeddings).toMatchObject({ state: 'ready', devices: { single: 'wasm', batch: 'wasm' } });
    expect((status.models.embeddings as { fallback?: string }).fallback).toBeUndefined();
  });

});

/** Real WebGPU (SwiftShader here) runs in the worker, as in production: a GPU stall there cannot freeze the test page. */
describe('WebGPU in the engine worker', () => {
  async function workerEngine(config: Partial<EngineConfig>) {
    const client = new EngineClient({ modelHost, manifest: manifest(), cacheName: `aisle-device-worker-${run}`, ...config });
    await client.load(products.slice(0, 12)); // SwiftShader emulates the GPU on the CPU: keep the batch small
    return client;
  }

  it('falls back to WASM when the WebGPU session fails to load (its weights are not on the host)', async (context) => {
    const broken = manifest();
    broken.models.embeddings.dtypeByDevice = { webgpu: 'fp16' }; // onnx/model_fp16.onnx: not in the manifest
    const client = await workerEngine({ device: 'webgpu', manifest: broken });
    const status = await client.prepareModels(() => undefined);
    if (!status.capabilities?.webgpu.adapter) context.skip(); // this Chromium has no WebGPU at all
    expect(status.models.embeddings).toMatchObject({ state: 'ready', devices: { single: 'wasm', batch: 'wasm' }, fallback: expect.stringMatching(/WebGPU failed/) });
    expect((await client.search('mascara')).source).toBe('model');
    client.dispose();
  });

  it('runs on a real WebGPU adapter when forced, with the same results as WASM', async (context) => {
    const gpu = await workerEngine({ device: 'webgpu' });
    const gpuStatus = await gpu.prepareModels(() => undefined);
    if (!gpuStatus.capabilities?.webgpu.adapter) context.skip();
    expect(gpuStatus.models.embeddings).toMatchObject({ state: 'ready', devices: { single: 'webgpu', batch: 'webgpu' } });
    const wasm = await workerEngine({ device: 'wasm' });
    const wasmStatus = await wasm.prepareModels(() => undefined);
    const ids = async (client: EngineClient) => (await client.search('mascara for the eyes')).hits.map((h) => h.product.id);
    expect(await ids(gpu)).toEqual(await ids(wasm));
    const perSearch = async (client: EngineClient) => {
      const start = performance.now();
      for (let i = 0; i < 10; i++) await client.search(`gift for mum ${i}`);
      return (performance.now() - start) / 10;
    };
    const loadMs = (s: typeof gpuStatus) => (s.models.embeddings as { loadMs?: number }).loadMs;
    console.log(`[aisle timing] worker, SwiftShader WebGPU vs WASM: model load ${loadMs(gpuStatus)} ms vs ${loadMs(wasmStatus)} ms; one search ${(await perSearch(gpu)).toFixed(1)} ms vs ${(await perSearch(wasm)).toFixed(1)} ms`);
    gpu.dispose();
    wasm.dispose();
  }, 400_000);
});
