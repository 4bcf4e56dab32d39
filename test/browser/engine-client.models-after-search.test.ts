import { describe, expect, it } from 'vitest';
import { EngineClient } from '../../src/engine-client.ts';
import { phone } from '../node/qa/qa-fixtures.ts';
import { until } from '../helpers/until.ts';

const settled = (state?: string) => state === 'ready' || state === 'error';

describe('models loaded after the search model, from a URL model host (Chromium worker)', () => {
  it('the reranker, sentiment, translation and generative models load through the verified cache', async () => {
    const client = new EngineClient({ modelHost: new URL('/models/test/', location.href).href, cacheName: `aisle-later-models-${Date.now()}` });
    try {
      await client.load([phone()]);
      const prepared = await client.prepareModels(() => undefined);
      expect(prepared.models.embeddings?.state).toBe('ready');
      await client.ask('phone-1', 'Does it support 5G?');
      const status = await until(async () => {
        const s = await client.status();
        return settled(s.models.reranking?.state) && settled(s.models.sentiment?.state) && s;
      });
      expect(status.models.reranking).toMatchObject({ state: 'ready' });
      expect(status.models.sentiment).toMatchObject({ state: 'ready' });
      const translated = await client.translate(['防水'], 'en');
      expect(translated.source).toBe('model');
      const generated = await client.generate({ question: 'Does it support 5G?', evidence: ['Network: 5G'], maxNewTokens: 8 });
      expect(generated.source).toBe('model');
      const after = await client.status();
      expect(after.models['translation-zh-en']).toMatchObject({ state: 'ready', modelId: 'aisle-test/opus-mt-zh-en' });
      expect(after.models.llm).toMatchObject({ state: 'ready', modelId: 'aisle-test/qwen2-tiny-instruct' });
    } finally {
      client.dispose();
    }
  });
});
