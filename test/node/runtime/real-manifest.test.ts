import 'fake-indexeddb/auto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/engine.ts';
import type { Engine } from '../../../workers/engine-api.ts';
import type { ModelManifest } from '../../../workers/protocol/models.ts';
import { modelTasks } from '../../../workers/runtime/model-tasks.ts';
import { demoCatalog } from '../../helpers/demo-catalog.ts';
import { pullFromLocalHub, realManifest, standinsDir, startLocalHub, type LocalHub } from '../../helpers/local-hub.ts';
import { CHINESE_PHONE_REVIEWS, HEADPHONE_REVIEWS, productWith } from '../../helpers/review-fixtures.ts';
import { startModelServer } from './model-server.ts';

describe('models/manifest.json, the manifest a merchant pins', () => {
  it('names only tasks the engine loads, and the engine loads no task it lacks', async () => {
    const tasks = Object.keys((await realManifest()).models).sort();
    expect(tasks).toEqual(Object.keys(modelTasks).sort());
  });

  it('says which languages each model reads, so the light path can take the others', async () => {
    for (const [task, model] of Object.entries((await realManifest()).models)) {
      expect(model.languages, task).toBeDefined();
      if (model.lite) expect(model.lite.languages, `${task}.lite`).toBeDefined();
    }
  });
});

describe('pull -> pin -> load: every task of the real manifest from a local hub of stand-ins (Node)', () => {
  let hub: LocalHub;
  let out: string;
  let pinned: ModelManifest;
  let engine: Engine;

  beforeAll(async () => {
    hub = await startLocalHub(standinsDir('small'));
    out = mkdtempSync(join(tmpdir(), 'aisle-real-manifest-'));
    const pull = await pullFromLocalHub(hub, out);
    expect(pull.code, pull.stderr).toBe(0);
    pinned = pull.manifest;
    engine = createEngine({ embeddingCache: null });
    await engine.configure({ modelHost: `${out}/`, manifest: pinned, answerPhrasing: 'template' });
    await engine.load([
      ...demoCatalog(),
      productWith(HEADPHONE_REVIEWS, 'headphones', 'Wireless Headphones'),
      productWith(CHINESE_PHONE_REVIEWS, 'zh-phone', '智能手机'),
    ]);
  }, 300_000);
  afterAll(async () => {
    await hub?.close();
    if (out) rmSync(out, { recursive: true, force: true });
  });

  it('pins every file of every model (and lite model) the real manifest lists, fetched with the hub layout', async () => {
    const shipped = await realManifest();
    for (const [task, model] of Object.entries(shipped.models)) {
      for (const m of [model, ...(model.lite ? [model.lite] : [])]) {
        const got = m === model ? pinned.models[task] : pinned.models[task].lite!;
        expect(got.id).toBe(m.id);
        expect(got.files.map((f) => f.path)).toEqual(m.files.map((f) => f.path));
        for (const f of got.files) {
          expect(f.sha256, `${m.id}/${f.path}`).toMatch(/^[0-9a-f]{64}$/);
          expect(existsSync(join(out, m.id, f.path))).toBe(true);
          expect(hub.requests).toContain(`${m.id}/resolve/main/${f.path}`);
        }
      }
    }
  });

  it('loads every task through a shopper flow: search, question, reviews, translation both ways, generation', async () => {
    const status = await engine.prepareModels();
    expect(status.models.embeddings).toMatchObject({ state: 'ready', modelId: 'Xenova/paraphrase-multilingual-MiniLM-L12-v2', variant: 'full' });
    expect(status.searchPath).toBe('model');
    expect((await engine.search('phone')).source).toBe('model');

    const answer = await engine.ask('headphones', 'How is the battery?');
    expect(answer.evidenceOrder).toBe('model');
    for (let i = 0; i < 400 && (await engine.status()).models.reranking?.state !== 'ready'; i++) await new Promise((r) => setTimeout(r, 50));
    expect((await engine.status()).models.reranking).toMatchObject({ state: 'ready', modelId: 'Xenova/ms-marco-MiniLM-L-6-v2' });
    expect(await engine.ask('headphones', 'How is the battery?')).toMatchObject({ source: 'lexical', evidenceOrder: 'model', reranked: true });
    // The published reranker reads English: a Chinese question keeps the multilingual embedder's order, and status says so.
    const zhAnswer = await engine.ask('zh-phone', '电池怎么样？');
    expect(zhAnswer).toMatchObject({ language: 'zh', evidenceOrder: 'model' });
    expect(zhAnswer.reranked).toBeUndefined();
    const rerankState = (await engine.status()).models.reranking;
    expect(rerankState?.state === 'ready' && rerankState.note).toMatch(/Chinese questions are not reranked/);

    for (let i = 0; i < 400 && (await engine.status()).models.sentiment?.state !== 'ready'; i++) await new Promise((r) => setTimeout(r, 50));
    const sentiment = (await engine.status()).models.sentiment;
    expect(sentiment).toMatchObject({ state: 'ready', modelId: 'Xenova/distilbert-base-uncased-finetuned-sst-2-english' });
    expect(sentiment?.state === 'ready' && sentiment.note).toMatch(/Chinese reviews use the lexicon/);
    const [en, zh] = await engine.sentiment(['The sound is great and the battery lasts.', '电池不耐用，很失望。']);
    expect(en).toMatchObject({ source: 'model', language: 'en' });
    expect(zh).toMatchObject({ source: 'lexical', language: 'zh', label: 'negative' });
    expect((await engine.summarizeReviews('zh-phone')).source).toBe('lexical');
    expect((await engine.summarizeReviews('headphones')).source).toBe('model');

    const toEn = await engine.translate(['这款手机很好。'], 'en');
    expect(toEn).toMatchObject({ source: 'model', translated: 1 });
    const toZh = await engine.translate(['This phone is good.'], 'zh');
    expect(toZh).toMatchObject({ source: 'model', translated: 1 });

    const chunks: string[] = [];
    const generated = await engine.generate({ question: 'Does it support 5G?', evidence: ['Network: 5G'], maxNewTokens: 24 }, (t) => chunks.push(t));
    expect(generated).toMatchObject({ source: 'model' });
    expect(generated.tokens).toBeGreaterThan(1);
    expect(chunks.join('').trim()).toBe(generated.text);

    const models = (await engine.status()).models;
    for (const task of Object.keys(pinned.models)) expect(models[task], task).toMatchObject({ state: 'ready' });
  }, 300_000);
});

describe('the shipped state: the multilingual embedder not yet pinned, its English-only lite model pinned', () => {
  it('loads the lite model, says the full one is not pinned (not "storage is short"), and that Chinese queries use the glossary', async () => {
    const hub = await startLocalHub(standinsDir('small'));
    const out = mkdtempSync(join(tmpdir(), 'aisle-real-manifest-lite-'));
    try {
      const pull = await pullFromLocalHub(hub, out, ['embeddings']);
      expect(pull.code, pull.stderr).toBe(0);
      const full = pull.manifest.models.embeddings;
      // As shipped, config.json and tokenizer_config.json of the full model have no known size or hash.
      const shipped = (await realManifest()).models.embeddings;
      const asShipped = { ...full, files: full.files.map((f, i) => (shipped.files[i].sha256 && shipped.files[i].size !== null ? f : { ...f, size: null, sha256: null })) };
      const server = await startModelServer(`${out}/`);
      try {
        const engine = createEngine({ embeddingCache: null });
        await engine.configure({ modelHost: server.url, manifest: { models: { embeddings: asShipped } }, cacheName: `aisle-real-lite-${Date.now()}` });
        await engine.load([...demoCatalog().slice(0, 30), productWith(CHINESE_PHONE_REVIEWS, 'zh-phone', '智能手机')]);
        const status = await engine.prepareModels();
        const state = status.models.embeddings;
        expect(state).toMatchObject({ state: 'ready', variant: 'lite', modelId: 'Xenova/all-MiniLM-L6-v2' });
        const note = state?.state === 'ready' ? state.note : '';
        expect(note).toMatch(/Xenova\/paraphrase-multilingual-MiniLM-L12-v2 is not pinned/);
        expect(note).toMatch(/Chinese queries use the glossary/);
        expect(note).not.toMatch(/storage is short/);
        expect(server.requests.some((r) => r.path.startsWith('Xenova/paraphrase-multilingual'))).toBe(false);
        expect((await engine.search('手机')).hits.some((h) => h.product.id === 'zh-phone')).toBe(true);
      } finally {
        await server.close();
      }
    } finally {
      await hub.close();
      rmSync(out, { recursive: true, force: true });
    }
  }, 300_000);
});
