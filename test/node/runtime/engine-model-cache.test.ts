import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../../workers/engine.ts';
import type { EngineConfig, ModelProgress } from '../../../workers/engine-api.ts';
import type { ManifestModel, ModelManifest } from '../../../workers/protocol/models.ts';
import { openAisleDB } from '../../../workers/storage/aisle-db.ts';
import type { AisleDB } from '../../../workers/storage/storage-types.ts';
import { recordBodyBytes, recordBodySize } from '../../../workers/storage/record-body.ts';
import { demoCatalog, testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';
import { startModelServer, type ModelServer } from './model-server.ts';

const modelDir = 'aisle-test/multilingual-minilm/';
const weights = `${modelDir}onnx/model_quantized.onnx`;
let servers: ModelServer[] = [];
let dbCount = 0;

/** The test embedding model with only the files its q8 load reads. */
function q8Model(): ManifestModel {
  const model = testManifest().models.embeddings;
  return { ...model, files: model.files.filter((f) => f.path !== 'onnx/model.onnx') };
}

async function serve(faults: Parameters<typeof startModelServer>[1] = {}): Promise<ModelServer> {
  const server = await startModelServer(testModelsDir, faults);
  servers.push(server);
  return server;
}

async function engineOn(server: ModelServer, extra: Partial<EngineConfig> & { manifest?: ModelManifest } = {}) {
  const engine = createEngine();
  await engine.configure({ modelHost: server.url, manifest: { models: { embeddings: q8Model() } }, cacheName: `aisle-test-${dbCount}`, ...extra });
  await engine.load(demoCatalog().slice(0, 40));
  return engine;
}

type StoredFile = AisleDB['model-files']['value'];

const modelRequests = (server: ModelServer) => server.requests.filter((r) => r.path.startsWith(modelDir));

afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  dbCount++;
});

describe('engine model loading through the verified IndexedDB cache (Node, HTTP host)', () => {
  it('downloads each model file once, then loads from IndexedDB with zero model requests', async () => {
    const server = await serve();
    const cold = await engineOn(server);
    const progress: ModelProgress[] = [];
    const first = await cold.prepareModels((p) => progress.push(p));
    expect(first.models.embeddings).toMatchObject({ state: 'ready', fromCache: false, devices: { single: 'cpu', batch: 'cpu' } });
    expect(first.searchPath).toBe('model');
    expect(progress.some((p) => p.status === 'progress')).toBe(true);
    const fetched = modelRequests(server).map((r) => r.path);
    expect(new Set(fetched).size).toBe(fetched.length);
    expect(fetched).toEqual(expect.arrayContaining([weights, `${modelDir}tokenizer.json`, `${modelDir}config.json`]));

    server.requests.length = 0;
    const warm = await engineOn(server);
    const digest = vi.spyOn(crypto.subtle, 'digest');
    const second = await warm.prepareModels();
    // Verified once when stored: the warm load hashes no model file again (only short product texts).
    const hashedBytes = digest.mock.calls.map(([, data]) => (data as ArrayBufferView).byteLength);
    expect(hashedBytes.length).toBeGreaterThan(0);
    expect(hashedBytes.filter((n) => n > 50_000)).toEqual([]);
    expect(second.models.embeddings).toMatchObject({ state: 'ready', fromCache: true, networkBytes: 0 });
    expect(modelRequests(server)).toEqual([]);
    expect((await warm.search('laptop')).source).toBe('model');
  });

  it.each([
    ['a byte changed by a write without the mark', async (r: StoredFile) => {
      const body = (await recordBodyBytes(r.body)).slice();
      body[1000] ^= 0xff;
      const { verified: _mark, ...unmarked } = r;
      return { ...unmarked, body: body.buffer };
    }],
    ['a cut body that kept its mark', async (r: StoredFile) => ({ ...r, body: r.body.slice(0, recordBodySize(r.body) - 1000) })],
  ])('detects a corrupted cache entry (%s), drops it and downloads that file again', async (_name, corrupt) => {
    const server = await serve();
    await (await engineOn(server)).prepareModels();
    const db = await openAisleDB(`aisle-test-${dbCount}`);
    const url = `${server.url}${weights}`;
    const record = (await db.get('model-files', url))!;
    const body = await recordBodyBytes(record.body);
    await db.put('model-files', await corrupt(record));

    server.requests.length = 0;
    const status = await (await engineOn(server)).prepareModels();
    expect(status.models.embeddings).toMatchObject({ state: 'ready' });
    expect(status.storage?.corruptDropped).toBe(1);
    expect(modelRequests(server).map((r) => r.path)).toEqual([weights]);
    const again = (await db.get('model-files', url))!;
    expect(await recordBodyBytes(again.body)).toEqual(body);
    expect(again.verified).toBe(record.sha256);
    db.close();
  });

  it.each([
    ['a corrupt file (wrong SHA-256)', { corrupt: [weights] }, /SHA-256/],
    ['an HTML 404 page served with status 200', { htmlNotFound: true }, /error page/],
    ['a truncated body', { truncate: [weights] }, /truncated/],
  ])('rejects %s, caches nothing of it, and stays on the light path', async (_name, faults, message) => {
    const server = await serve(faults);
    const engine = await engineOn(server);
    const errors: ModelProgress[] = [];
    const status = await engine.prepareModels((p) => p.status === 'error' && errors.push(p));
    expect(status.models.embeddings).toMatchObject({ state: 'error', reason: 'load-error', message: expect.stringMatching(message) });
    expect(errors).toHaveLength(1);
    expect(status.searchPath).toBe('lexical');
    expect((await engine.search('mascara')).hits.length).toBeGreaterThan(0);
    const db = await openAisleDB(`aisle-test-${dbCount}`);
    const stored = await db.getAllKeys('model-files');
    expect(stored.filter((k) => k.endsWith('model_quantized.onnx'))).toEqual([]);
    if ('htmlNotFound' in faults) expect(stored).toEqual([]);
    db.close();
  });

  it('resumes a dropped download with an HTTP Range request', async () => {
    const server = await serve({ dropAfter: { [weights]: 300_000 } });
    const status = await (await engineOn(server)).prepareModels();
    expect(status.models.embeddings).toMatchObject({ state: 'ready' });
    const weightRequests = server.requests.filter((r) => r.path === weights);
    expect(weightRequests.map((r) => r.range)).toEqual([undefined, 'bytes=300000-']);
  });

  it('waits for consent on a saveData connection, then loads when the shopper agrees', async () => {
    vi.stubGlobal('navigator', { connection: { saveData: true } });
    const server = await serve();
    const engine = await engineOn(server);
    const waiting = await engine.prepareModels();
    expect(waiting.models.embeddings).toMatchObject({ state: 'idle', reason: 'save-data', message: expect.stringMatching(/save data/) });
    expect(waiting.searchPath).toBe('lexical');
    expect(modelRequests(server)).toEqual([]);
    const agreed = await engine.prepareModels(undefined, { saveDataConsent: true });
    expect(agreed.models.embeddings).toMatchObject({ state: 'ready' });
  });

  it('asks before a download above askAboveBytes, with the size from the manifest, and loads below it without asking', async () => {
    const server = await serve();
    const bytes = q8Model().files.reduce((sum, f) => sum + (f.size ?? 0), 0);
    const engine = await engineOn(server, { askAboveBytes: bytes - 1 });
    const waiting = await engine.prepareModels();
    expect(waiting.models.embeddings).toMatchObject({ state: 'idle', reason: 'size', bytes, message: expect.stringMatching(/go-ahead \(\d+\.\d MB download\)/) });
    expect(waiting.searchPath).toBe('lexical');
    expect(modelRequests(server)).toEqual([]);
    const agreed = await engine.prepareModels(undefined, { saveDataConsent: true });
    expect(agreed.models.embeddings).toMatchObject({ state: 'ready' });

    const below = await (await engineOn(await serve(), { askAboveBytes: bytes, cacheName: `aisle-test-below-${dbCount}` })).prepareModels();
    expect(below.models.embeddings).toMatchObject({ state: 'ready', fromCache: false });
  });

  it('a model loaded in the background (sentiment) that waits for a go-ahead is in the status prepareModels returns', async () => {
    const sentiment = testManifest().models.sentiment;
    const sizeOf = (m: ManifestModel) => m.files.reduce((sum, f) => sum + (f.size ?? 0), 0);
    expect(sizeOf(sentiment)).toBeGreaterThan(sizeOf(q8Model()));
    const engine = await engineOn(await serve(), { manifest: { models: { embeddings: q8Model(), sentiment } }, askAboveBytes: (sizeOf(q8Model()) + sizeOf(sentiment)) / 2 });
    const status = await engine.prepareModels();
    expect(status.models.embeddings).toMatchObject({ state: 'ready' });
    expect(status.models.sentiment).toMatchObject({ state: 'idle', reason: 'size', bytes: sizeOf(sentiment) });
    const agreed = await engine.prepareModels(undefined, { saveDataConsent: true });
    expect(agreed.models.sentiment).toMatchObject({ state: expect.stringMatching(/loading|ready/) });
  });

  it('asks before downloading on a slow (2g/3g) connection', async () => {
    vi.stubGlobal('navigator', { connection: { saveData: false, effectiveType: '3g' } });
    const server = await serve();
    const waiting = await (await engineOn(server)).prepareModels();
    expect(waiting.models.embeddings).toMatchObject({ state: 'idle', reason: 'save-data', message: expect.stringMatching(/connection is slow/) });
    expect(modelRequests(server)).toEqual([]);
  });

  it('loads a cached model on a saveData connection without asking (no download needed)', async () => {
    const server = await serve();
    await (await engineOn(server)).prepareModels();
    vi.stubGlobal('navigator', { connection: { saveData: true } });
    server.requests.length = 0;
    const status = await (await engineOn(server, { manifest: { models: { embeddings: { ...q8Model(), lite: undefined } } } })).prepareModels();
    expect(status.models.embeddings).toMatchObject({ state: 'ready', fromCache: true });
    expect(modelRequests(server)).toEqual([]);
  });

  it('degrades to the lite model when the quota is too small for the full one', async () => {
    const full = testManifest().models.embeddings;
    const fp32 = { ...full, dtype: 'fp32', files: full.files.filter((f) => f.path !== 'onnx/model_quantized.onnx') };
    const manifest = { models: { embeddings: { ...fp32, lite: q8Model() } } };
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ quota: 3_000_000, usage: 0 }), persisted: async () => false } });
    const server = await serve();
    const status = await (await engineOn(server, { manifest })).prepareModels();
    expect(status.models.embeddings).toMatchObject({ state: 'ready', variant: 'lite', note: expect.stringMatching(/storage is short/) });
    expect(server.requests.some((r) => r.path.endsWith('onnx/model.onnx'))).toBe(false);
  });

  it('stays on the light path with a clear status when nothing fits the quota', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ quota: 500_000, usage: 100_000 }), persisted: async () => false } });
    const server = await serve();
    const engine = await engineOn(server);
    const status = await engine.prepareModels();
    expect(status.models.embeddings).toMatchObject({ state: 'idle', reason: 'storage', message: expect.stringMatching(/not enough storage.*quick search keeps working/) });
    expect(status.searchPath).toBe('lexical');
    expect(modelRequests(server)).toEqual([]);
  });

  it('keeps working from memory, and says so, when IndexedDB throws QuotaExceededError', async () => {
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if ((args[0] as { size?: number }).size! > 100_000) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return put.apply(this, args);
    });
    const server = await serve();
    const status = await (await engineOn(server)).prepareModels();
    expect(status.models.embeddings).toMatchObject({ state: 'ready' });
    expect(status.storage).toMatchObject({ state: 'memory', message: expect.stringMatching(/storage is full.*this visit only/) });
    expect(status.searchPath).toBe('model');
  });
});
