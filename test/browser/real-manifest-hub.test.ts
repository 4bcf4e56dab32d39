import { commands } from 'vitest/browser';
import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../src/engine-client.ts';
import type { EngineStatus } from '../../workers/protocol/models.ts';
import { CHINESE_PHONE_REVIEWS, HEADPHONE_REVIEWS, productWith } from '../helpers/review-fixtures.ts';
import { until } from '../helpers/until.ts';

const settled = (s: EngineStatus, task: string) => ['ready', 'error'].includes(s.models[task]?.state ?? '');

/**
 * models/manifest.json as a merchant deploys it: pulled from a local hub with the public hub's layout
 * (small stand-ins of every published model: same architecture, files, tokenizer type, random weights),
 * pinned by `npx aisle models pull`, then loaded by the engine worker in Chromium from that folder.
 * Every task of the real manifest is exercised by the flow that loads it.
 */
describe('the real manifest, pulled from a local hub and loaded in Chromium (stand-ins)', () => {
  it('search, product questions, reviews, translation both ways and streaming generation each load their model', async () => {
    const pulled = await commands.pullRealManifest();
    const tasks = Object.keys(pulled.manifest.models).sort();
    expect(tasks).toEqual(['embeddings', 'llm', 'reranking', 'sentiment', 'translation-en-zh', 'translation-zh-en']);
    const client = new EngineClient({ modelHost: new URL(pulled.modelHostPath, location.href).href, cacheName: `aisle-real-hub-${Date.now()}` });
    try {
      await client.load([
        productWith(HEADPHONE_REVIEWS, 'headphones', 'Wireless Headphones'),
        productWith(CHINESE_PHONE_REVIEWS, 'zh-phone', '智能手机'),
      ], new URL('/demo/catalog/dummyjson_products.jsonl', location.href).href);

      // Search: the multilingual embedder embeds the catalog and the query.
      const prepared = await client.prepareModels(() => undefined);
      expect(prepared.models.embeddings).toMatchObject({ state: 'ready', modelId: 'Xenova/paraphrase-multilingual-MiniLM-L12-v2', variant: 'full' });
      expect(prepared.index?.embedded).toBeGreaterThan(100);
      expect(await client.search('phone')).toMatchObject({ source: 'model' });

      // A product question loads the reranker; once ready it re-reads the evidence.
      await client.ask('headphones', 'How is the battery?');
      const reranking = await until(async () => { const s = await client.status(); return settled(s, 'reranking') && s; });
      expect(reranking.models.reranking).toMatchObject({ state: 'ready', modelId: 'Xenova/ms-marco-MiniLM-L-6-v2' });
      expect(await client.ask('headphones', 'How is the battery?')).toMatchObject({ source: 'lexical', evidenceOrder: 'model', reranked: true });

      // Reviews: SST-2 (English only) scores English; Chinese reviews take the lexicon, and status says so.
      const sentiment = await until(async () => { const s = await client.status(); return settled(s, 'sentiment') && s; });
      const state = sentiment.models.sentiment;
      expect(state).toMatchObject({ state: 'ready', modelId: 'Xenova/distilbert-base-uncased-finetuned-sst-2-english' });
      expect(state?.state === 'ready' ? state.note : '').toMatch(/Chinese reviews use the lexicon/);
      expect(await client.summarizeReviews('headphones')).toMatchObject({ source: 'model', language: 'en' });
      const zh = await client.summarizeReviews('zh-phone');
      expect(zh).toMatchObject({ source: 'lexical', language: 'zh' });
      expect(zh.cons).toContain('电池');

      // Translation both ways, each by its Marian model.
      expect(await client.translate(['这款手机很好。'], 'en')).toMatchObject({ source: 'model', translated: 1 });
      expect(await client.translate(['This phone is good.'], 'zh')).toMatchObject({ source: 'model', translated: 1 });

      // The LLM (q4 on WASM) streams: several pieces that add up to the answer.
      const chunks: string[] = [];
      const generated = await client.generate({ question: 'Does it support 5G?', evidence: ['Network: 5G'], maxNewTokens: 24 }, (t) => chunks.push(t));
      expect(generated).toMatchObject({ source: 'model' });
      // Several tokens were generated; the streamer hands them over at word boundaries, so how many
      // pieces arrive depends on the random weights' words: what must hold is that they add up.
      expect(generated.tokens).toBeGreaterThan(1);
      expect(chunks.length).toBeGreaterThan(0);
      // Pieces come over their own message port: the last one may land just after the answer.
      await until(() => chunks.join('').trim() === generated.text, 5_000).catch(() => undefined);
      expect(chunks.join('').trim()).toBe(generated.text);

      const status = await client.status();
      for (const task of tasks) expect(status.models[task], task).toMatchObject({ state: 'ready' });
    } finally {
      client.dispose();
    }
  });
});
