import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/engine.ts';
import { memoryTranslationCache } from '../../../workers/translate/translation-cache.ts';
import { testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';

async function engine() {
  const e = createEngine({ translationCache: memoryTranslationCache() });
  await e.configure({ modelHost: testModelsDir, manifest: testManifest() });
  return e;
}

describe('translation on the generated Marian models (encoder + merged decoder with KV cache)', () => {
  it('translates Chinese review sentences into English, sentence by sentence', async () => {
    const e = await engine();
    const out = await e.translate(['这款手机很好。', '质量很好。这款手机很好。', '我很喜欢这个耳机。'], 'en');
    expect(out.source).toBe('model');
    expect(out.texts).toEqual(['This smartphone is great.', 'The quality is very good. This smartphone is great.', 'I really like this earphones.']);
    expect(out.translated).toBe(3);
    expect((await e.status()).models['translation-zh-en']).toMatchObject({ state: 'ready', modelId: 'aisle-test/opus-mt-zh-en' });
  });

  it('translates English into Chinese with the target-language token the en-zh model wants', async () => {
    const e = await engine();
    const out = await e.translate(['I really like this watch.', 'I recommend this laptop!'], 'zh');
    expect(out.texts).toEqual(['我很喜欢这个手表。', '推荐这款笔记本!']);
  });

  it('caches per (text, language): the second call translates nothing', async () => {
    const e = await engine();
    await e.translate(['质量很好。'], 'en');
    const again = await e.translate(['质量很好。', '质量很好。'], 'en');
    expect(again).toMatchObject({ texts: ['The quality is very good.', 'The quality is very good.'], cached: 1, translated: 0 });
  });

  it('falls back to the glossary gloss, marked lexical, when the manifest has no model for the direction', async () => {
    const e = createEngine({ translationCache: memoryTranslationCache() });
    const manifest = testManifest();
    delete manifest.models['translation-zh-en'];
    await e.configure({ modelHost: testModelsDir, manifest });
    expect(await e.translate(['手机'], 'en')).toMatchObject({ source: 'lexical', texts: ['smartphone'] });
  });

  it('falls back to the glossary, saying why, when the model fails to load, and shows the error in status', async () => {
    const e = createEngine({ translationCache: memoryTranslationCache() });
    const manifest = testManifest();
    manifest.models['translation-zh-en'] = { ...manifest.models['translation-zh-en'], id: 'aisle-test/missing-model' };
    await e.configure({ modelHost: testModelsDir, manifest });
    const result = await e.translate(['手机很好。'], 'en');
    expect(result).toMatchObject({ source: 'lexical', texts: ['smartphone 很好。'] });
    expect(result.note).toMatch(/translation-zh-en failed to load/);
    expect((await e.status()).models['translation-zh-en']).toMatchObject({ state: 'error' });
  });
});
