import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { EngineClient } from '../../../src/engine-client.ts';
import catalogText from '../../../demo/catalog/dummyjson_products.jsonl?raw';
import testManifestJson from '../../../models/test/manifest.json';
import { parseCatalogFeed } from '../../../workers/catalog/parse-feed.ts';
import type { EngineConfig, ModelManifest, ModelProgress } from '../../../workers/engine-api.ts';

const products = parseCatalogFeed(catalogText).products.slice(0, 60);
const modelHost = new URL('/models/test/', location.href).href;
const modelPath = '/models/test/aisle-test/multilingual-minilm/';
const weightsUrl = `${modelHost}aisle-test/multilingual-minilm/onnx/model_quantized.onnx`;
const run = `${Date.now()}`;

/** The test embedding model with only the files its q8 load reads. */
function manifest(change: (files: ModelManifest['models'][string]['files']) => typeof files = (f) => f): ModelManifest {
  const model = (testManifestJson as ModelManifest).models.embeddings;
  return { models: { embeddings: { ...model, files: change(model.files.filter((f) => f.path !== 'onnx/model.onnx')) } } };
}

async function prepared(config: Partial<EngineConfig>) {
  const client = new EngineClient({ modelHost, manifest: manifest(), ...config });
  await client.load(products);
  const started = performance.now();
  const progress: ModelProgress[] = [];
  const status = await client.prepareModels((p) => progress.push(p));
  return { client, status, ms: performance.now() - started, progress };
}

const modelRequests = (urls: string[]) => urls.filter((u) => new URL(u).pathname.startsWith(modelPath));

describe('model runtime in a Chromium worker: verified IndexedDB cache', () => {
  it('loads the second time from IndexedDB with zero network requests for model files', async () => {
    const cacheName = `aisle-cache-${run}-warm`;
    await commands.startRecordingRequests();
    const cold = await prepared({ cacheName });
    expect(cold.status.models.embeddings).toMatchObject({ state: 'ready', fromCache: false, devices: { single: 'wasm', batch: 'wasm' } });
    expect(cold.status.storage).toMatchObject({ state: 'ok', corruptDropped: 0 });
    expect(cold.status.capabilities).toMatchObject({ runtime: 'browser' });
    expect(modelRequests(await commands.recordedRequests())).toContain(weightsUrl);
    // Progress counts every byte waited for: ONNX Runtime's wasm (about 14 MB), then the model's files, as they arrive.
    const bytes = (task: string) => cold.progress.flatMap((p) => (p.status === 'progress' && p.task === task ? [p] : []));
    expect(bytes('runtime').at(-1)).toMatchObject({ model: 'onnxruntime-web', progress: 100 });
    expect(bytes('runtime').at(-1)!.totalBytes).toBeGreaterThan(5e6);
    const model = bytes('embeddings');
    expect(model.at(-1)!.progress).toBeGreaterThan(99); // transformers.js skips a 125-byte file the manifest lists
    expect(model.map((p) => p.loadedBytes)).toEqual([...model.map((p) => p.loadedBytes)].sort((a, b) => a - b));
    expect(cold.progress.findIndex((p) => p.task === 'embeddings' && p.status === 'progress')).toBeGreaterThan(cold.progress.findIndex((p) => p.task === 'runtime' && p.status === 'ready'));
    cold.client.dispose();

    await commands.startRecordingRequests();
    const warm = await prepared({ cacheName });
    expect(warm.status.models.embeddings).toMatchObject({ state: 'ready', fromCache: true, networkBytes: 0 });
    expect(warm.status.searchPath).toBe('model');
    expect(modelRequests(await commands.recordedRequests())).toEqual([]);
    expect((await warm.client.search('mascara')).source).toBe('model');
    const ms = (s: typeof cold.status) => s.models.embeddings as { loadMs?: number; filesMs?: number };
    console.log(`[aisle timing] worker model load: cold ${ms(cold.status).loadMs} ms (files ${ms(cold.status).filesMs} ms), warm ${ms(warm.status).loadMs} ms (files ${ms(warm.status).filesMs} ms); prepareModels incl. embedding 60 products: cold ${cold.ms.toFixed(0)} ms, warm ${warm.ms.toFixed(0)} ms`);
    warm.client.dispose();
  });

  it.each([
    ['a byte changed by a write without the verified mark', 'flip'],
    ['a cut body that kept its mark', 'cut'],
  ])('detects a corrupted cache entry (%s), drops it, and downloads only that file again', async (_name, fault) => {
    const cacheName = `aisle-cache-${run}-corrupt-${fault}`;
    (await prepared({ cacheName })).client.dispose();
    const db = await openDB(cacheName);
    const record = await db.get('model-files', weightsUrl);
    expect(record.verified).toBe(record.sha256); // verified once, when stored
    expect(record.body).toBeInstanceOf(Blob); // kept as a file of its own, read back without deserializing
    const body = new Uint8Array(await (record.body as Blob).arrayBuffer());
    body[777] ^= 0xff;
    const { verified: _mark, ...unmarked } = record;
    await db.put('model-files', fault === 'flip' ? { ...unmarked, body: body.buffer } : { ...record, body: record.body.slice(0, 5000) });
    db.close();

    await commands.startRecordingRequests();
    const again = await prepared({ cacheName });
    expect(again.status.models.embeddings).toMatchObject({ state: 'ready' });
    expect(again.status.storage?.corruptDropped).toBe(1);
    expect(modelRequests(await commands.recordedRequests())).toEqual([weightsUrl]);
    again.client.dispose();
  });

  it('rejects a file whose SHA-256 does not match, caches none of it, and keeps quick search', async () => {
    const cacheName = `aisle-cache-${run}-wrong`;
    const wrong = manifest((files) => files.map((f) => (f.path === 'onnx/model_quantized.onnx' ? { ...f, sha256: '0'.repeat(64) } : f)));
    const client = new EngineClient({ modelHost, manifest: wrong, cacheName });
    await client.load(products);
    const status = await client.prepareModels(() => undefined);
    expect(status.models.embeddings).toMatchObject({ state: 'error', message: expect.stringMatching(/SHA-256/) });
    expect(status.searchPath).toBe('lexical');
    expect((await client.search('mascara')).hits.length).toBeGreaterThan(0);
    client.dispose();
    const db = await openDB(cacheName);
    expect((await db.getAllKeys('model-files')).filter((k) => String(k).endsWith('.onnx'))).toEqual([]);
    db.close();
  });

  it('rejects what a host sends for a missing model folder (a 404 or an HTML page), never caching it', async () => {
    const cacheName = `aisle-cache-${run}-missing`;
    const missing = manifest();
    missing.models.embeddings.id = 'aisle-test/no-such-model';
    const client = new EngineClient({ modelHost, manifest: missing, cacheName });
    await client.load(products);
    const status = await client.prepareModels(() => undefined);
    expect(status.models.embeddings).toMatchObject({ state: 'error', message: expect.stringMatching(/HTTP 404|error page/) });
    expect(status.searchPath).toBe('lexical');
    client.dispose();
    const db = await openDB(cacheName);
    expect((await db.getAllKeys('model-files')).filter((k) => String(k).includes('/models/'))).toEqual([]);
    db.close();
  });
});
