import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../workers/engine.ts';
import type { Engine, ModelProgress } from '../../workers/engine-api.ts';
import { demoCatalog, testManifest, testModelsDir } from '../helpers/demo-catalog.ts';

const titles = (r: { hits: { product: { title: string } }[] }) => r.hits.map((h) => h.product.title);
const categories = (r: { hits: { product: { category?: string } }[] }) => r.hits.map((h) => h.product.category);

describe('engine, light path (no model)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine();
    await engine.configure({ modelHost: testModelsDir, manifest: testManifest(), models: false });
    await engine.load(demoCatalog());
  });

  it('answers from the lexical index before any model is loaded', async () => {
    const r = await engine.search('iphone');
    expect(r.source).toBe('lexical');
    expect(titles(r)[0]).toMatch(/iPhone/);
    expect(r.hits[0].why.join(' ')).toMatch(/name matches/);
  });

  it('tolerates typos in longer words', async () => {
    const r = await engine.search('basketbal');
    expect(titles(r).slice(0, 3).join(' ')).toMatch(/Basketball/);
  });

  it('finds English products for Chinese shopping words', async () => {
    const r = await engine.search('笔记本电脑');
    expect(categories(r).slice(0, 3)).toEqual(['laptops', 'laptops', 'laptops']);
  });

  it('stays on the light path when models are switched off', async () => {
    const status = await engine.prepareModels();
    expect(status.searchPath).toBe('lexical');
    expect(status.models.embeddings).toBeUndefined();
  });

  it('returns nothing, not an error, for an empty query', async () => {
    expect((await engine.search('   ')).hits).toEqual([]);
  });
});

describe('engine, model path (generated multilingual MiniLM test model)', () => {
  let engine: Engine;
  const progress: ModelProgress[] = [];
  beforeAll(async () => {
    engine = createEngine();
    await engine.configure({ modelHost: testModelsDir, manifest: testManifest() });
    await engine.load(demoCatalog());
    await engine.prepareModels((p) => progress.push(p));
  });

  it('reports progress and ends ready, with searches on the model path', async () => {
    expect(progress[0]).toMatchObject({ status: 'initiate', task: 'embeddings', model: 'aisle-test/multilingual-minilm' });
    expect(progress.at(-1)).toMatchObject({ status: 'ready' });
    const status = await engine.status();
    expect(status.models.embeddings).toMatchObject({ state: 'ready' });
    expect(status.searchPath).toBe('model');
  });

  it('fuses lexical and semantic rankings and says why', async () => {
    const r = await engine.search('laptop');
    expect(r.source).toBe('model');
    expect(categories(r).slice(0, 3)).toEqual(['laptops', 'laptops', 'laptops']);
    expect(r.hits.some((h) => h.why.includes('close in meaning to your search'))).toBe(true);
  });

  it('finds products by meaning when no word matches (Chinese query, English catalog)', async () => {
    const r = await engine.search('香水');
    expect(r.hits.slice(0, 3).some((h) => h.product.category === 'fragrances')).toBe(true);
  });

  it('embeds a newly loaded catalog with the ready model', async () => {
    await engine.load(demoCatalog('magento_luma_products'));
    const r = await engine.search('yoga');
    expect(r.source).toBe('model');
    expect(r.hits.length).toBeGreaterThan(0);
  });
});

describe('engine, model failure', () => {
  it('falls back to the light path with a clear status when the model cannot load', async () => {
    const engine = createEngine();
    const manifest = testManifest();
    manifest.models.embeddings = { ...manifest.models.embeddings, id: 'aisle-test/missing-model' };
    await engine.configure({ modelHost: testModelsDir, manifest });
    await engine.load(demoCatalog());
    const errors: ModelProgress[] = [];
    const status = await engine.prepareModels((p) => p.status === 'error' && errors.push(p));
    expect(status.models.embeddings.state).toBe('error');
    expect(errors).toHaveLength(1);
    expect(status.searchPath).toBe('lexical');
    expect((await engine.search('iphone')).hits.length).toBeGreaterThan(0);
  });
});
