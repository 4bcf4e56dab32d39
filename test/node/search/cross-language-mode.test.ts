import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/engine.ts';
import type { EngineConfig } from '../../../workers/engine-api.ts';
import { memoryTranslationCache } from '../../../workers/translate/translation-cache.ts';
import { demoCatalog, testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';

async function engine(config: Partial<EngineConfig>) {
  const cache = memoryTranslationCache();
  const e = createEngine({ embeddingCache: null, translationCache: cache });
  await e.configure({ modelHost: testModelsDir, manifest: testManifest(), ...config });
  await e.load(demoCatalog());
  await e.prepareModels();
  return { e, cache };
}

describe("cross-language search modes (Chinese queries, the English demo catalog)", () => {
  it("translate: the query is translated by the zh->en model (cached) and the translation is matched", async () => {
    const { e } = await engine({ crossLanguage: 'translate' });
    const response = await e.search('篮球', { limit: 5 });
    expect(response.translated).toBe('basketball');
    expect(response.hits.map((h) => h.product.id)).toEqual(expect.arrayContaining(['dj-140', 'dj-141']));
    // The query's translation is a translation like any other: the second time it comes from the cache.
    expect(await e.translate(['篮球'], 'en')).toMatchObject({ cached: 1, translated: 0 });
    // Queries already in the catalog's language are not translated.
    expect((await e.search('basketball')).translated).toBeUndefined();
  });

  it('embeddings (the default): the query is searched as written, nothing is translated', async () => {
    const { e } = await engine({});
    const response = await e.search('篮球', { limit: 5 });
    expect(response.translated).toBeUndefined();
    expect(response.hits.map((h) => h.product.id)).toEqual(expect.arrayContaining(['dj-140', 'dj-141']));
  });

  it('translate without a translation model in the manifest searches the query as written', async () => {
    const { 'translation-zh-en': _, ...rest } = testManifest().models;
    const { e } = await engine({ crossLanguage: 'translate', manifest: { models: rest } });
    const response = await e.search('篮球', { limit: 5 });
    expect(response.translated).toBeUndefined();
    expect(response.hits.map((h) => h.product.id)).toEqual(expect.arrayContaining(['dj-140', 'dj-141']));
  });
});
