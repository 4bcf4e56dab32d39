import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/engine.ts';
import type { Engine, EngineConfig, ModelProgress } from '../../../workers/engine-api.ts';
import type { ManifestModel } from '../../../workers/protocol/models.ts';
import { demoCatalog, testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';
import { startModelServer, type ModelServer, type ModelServerFaults } from '../runtime/model-server.ts';

// The Q&A re-ranker (cross-encoder) loads on the first product question, in the background. When its
// download waits for the shopper's go-ahead (above askAboveBytes) or fails, a later question or the
// go-ahead plans it again; it is never left waiting for good.

const embeddings = (): ManifestModel => {
  const model = testManifest().models.embeddings;
  return { ...model, files: model.files.filter((f) => f.path !== 'onnx/model.onnx') };
};
const reranking = () => testManifest().models.reranking;
const sizeOf = (m: ManifestModel) => m.files.reduce((sum, f) => sum + (f.size ?? 0), 0);
const rerankerDir = `${reranking().id}/`;
const product = demoCatalog()[0];
const question = 'What is the return policy?';

let servers: ModelServer[] = [];
let dbCount = 0;

async function engineOn(faults: ModelServerFaults = {}, extra: Partial<EngineConfig> = {}): Promise<{ engine: Engine; server: ModelServer }> {
  const server = await startModelServer(testModelsDir, faults);
  servers.push(server);
  const engine = createEngine();
  await engine.configure({ modelHost: server.url, manifest: { models: { embeddings: embeddings(), reranking: reranking() } }, cacheName: `aisle-reranker-test-${dbCount++}`, ...extra });
  await engine.load(demoCatalog().slice(0, 20));
  return { engine, server };
}

const rerankerRequests = (server: ModelServer) => server.requests.filter((r) => r.path.startsWith(rerankerDir));

async function rerankingSettles(engine: Engine) {
  for (let i = 0; i < 400; i++) {
    const state = (await engine.status()).models.reranking;
    if (state && state.state !== 'loading') return state;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the re-ranker neither loaded nor failed');
}

afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

describe('the Q&A re-ranker asks for a go-ahead like the other models, and is planned again', () => {
  it('waits above askAboveBytes after the first question (in the status the answer comes with), loads with progress after the go-ahead, and answers use it', async () => {
    expect(sizeOf(reranking())).toBeGreaterThan(sizeOf(embeddings()));
    // Search's model is under the threshold, the re-ranker over it.
    const { engine, server } = await engineOn({}, { askAboveBytes: (sizeOf(embeddings()) + sizeOf(reranking())) / 2 });
    const prepared = await engine.prepareModels();
    expect(prepared.models.embeddings).toMatchObject({ state: 'ready' });
    expect(prepared.models.reranking).toBeUndefined(); // searches never pay for it

    const first = await engine.ask(product.id, question);
    expect(first.reranked).toBeUndefined();
    // Planned by the time the answer is back: waiting for the shopper, with its size; nothing downloaded.
    expect((await engine.status()).models.reranking).toMatchObject({ state: 'idle', reason: 'size', bytes: sizeOf(reranking()), message: expect.stringMatching(/go-ahead/) });
    expect(rerankerRequests(server)).toEqual([]);

    // A later question (the shopper said nothing, or "Not now") plans it again: still waiting, still nothing downloaded.
    const second = await engine.ask(product.id, 'Is it waterproof?');
    expect(second.reranked).toBeUndefined();
    expect((await engine.status()).models.reranking).toMatchObject({ state: 'idle', reason: 'size' });
    expect(rerankerRequests(server)).toEqual([]);

    // "Download": the go-ahead loads it before prepareModels returns, reporting its bytes as task `reranking`.
    const progress: ModelProgress[] = [];
    const agreed = await engine.prepareModels((p) => progress.push(p), { saveDataConsent: true });
    expect(agreed.models.reranking).toMatchObject({ state: 'ready', modelId: reranking().id, fromCache: false });
    const bytes = progress.filter((p) => p.task === 'reranking' && p.status === 'progress');
    expect(bytes.length).toBeGreaterThan(0);
    expect(bytes.every((p) => p.status === 'progress' && p.totalBytes === sizeOf(reranking()))).toBe(true);
    expect(Math.max(...bytes.map((p) => (p.status === 'progress' ? p.loadedBytes : 0)))).toBeGreaterThan(sizeOf(reranking()) / 2);
    expect(progress).toContainEqual(expect.objectContaining({ status: 'ready', task: 'reranking' }));
    expect(rerankerRequests(server).length).toBeGreaterThan(0);

    // Product answers now have their evidence re-read by the cross-encoder.
    const after = await engine.ask(product.id, question);
    expect(after).toMatchObject({ evidenceOrder: 'model', reranked: true });
  });

  it('one go-ahead loads every background model that waits (the re-ranker and the sentiment model), each with its progress', async () => {
    const sentiment = testManifest().models.sentiment;
    const askAboveBytes = (sizeOf(embeddings()) + sizeOf(reranking())) / 2;
    expect(sizeOf(sentiment)).toBeGreaterThan(askAboveBytes);
    const { engine } = await engineOn({}, { askAboveBytes, manifest: { models: { embeddings: embeddings(), reranking: reranking(), sentiment } } });
    expect((await engine.prepareModels()).models.sentiment).toMatchObject({ state: 'idle', reason: 'size' });
    await engine.ask(product.id, question);
    expect((await engine.status()).models).toMatchObject({ sentiment: { state: 'idle', reason: 'size' }, reranking: { state: 'idle', reason: 'size' } });
    const progress: ModelProgress[] = [];
    const agreed = await engine.prepareModels((p) => progress.push(p), { saveDataConsent: true });
    expect(agreed.models).toMatchObject({ embeddings: { state: 'ready' }, sentiment: { state: 'ready' }, reranking: { state: 'ready' } });
    for (const task of ['sentiment', 'reranking']) expect(progress.some((p) => p.task === task && p.status === 'progress')).toBe(true);
    expect((await engine.sentiment(['I love it, works great'])).some((r) => r.source === 'model')).toBe(true);
  });

  it('a go-ahead before any product question does not load the re-ranker (it loads on the first question, without asking again)', async () => {
    const { engine, server } = await engineOn({}, { askAboveBytes: (sizeOf(embeddings()) + sizeOf(reranking())) / 2 });
    await engine.prepareModels();
    const agreed = await engine.prepareModels(undefined, { saveDataConsent: true });
    expect(agreed.models.reranking).toBeUndefined();
    expect(rerankerRequests(server)).toEqual([]);
    await engine.ask(product.id, question);
    // The go-ahead covers the visit: the first question's download starts at once.
    expect(await rerankingSettles(engine)).toMatchObject({ state: 'ready' });
    expect((await engine.ask(product.id, question)).reranked).toBe(true);
  });

  it('a load that failed is tried again on a later question', async () => {
    const faults: ModelServerFaults = { corrupt: [`${rerankerDir}onnx/model_quantized.onnx`] };
    const { engine } = await engineOn(faults);
    await engine.prepareModels();
    await engine.ask(product.id, question);
    expect(await rerankingSettles(engine)).toMatchObject({ state: 'error' });
    expect((await engine.ask(product.id, question)).reranked).toBeUndefined(); // this one planned it again (the host still corrupts it)
    expect(await rerankingSettles(engine)).toMatchObject({ state: 'error' });

    faults.corrupt = []; // the host is fixed
    await engine.ask(product.id, question);
    expect(await rerankingSettles(engine)).toMatchObject({ state: 'ready' });
    expect((await engine.ask(product.id, question)).reranked).toBe(true);
  });
});
