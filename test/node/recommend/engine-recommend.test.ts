import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEngine } from '../../../workers/engine.ts';
import type { Engine } from '../../../workers/engine-api.ts';
import { demoCatalog, testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';

const products = demoCatalog();
const laptops = products.filter((p) => p.category === 'laptops');
let n = 0;

async function engineWith(models: boolean): Promise<Engine> {
  const engine = createEngine({ databaseName: `aisle-engine-recommend-${++n}` });
  await engine.configure({ modelHost: testModelsDir, manifest: testManifest(), models });
  await engine.load(products);
  return engine;
}

afterEach(() => vi.restoreAllMocks());

describe('engine: record, history, recommend (light path)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineWith(false);
  });

  it('starts cold (popular, diverse), then answers from what the shopper did', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    const cold = await engine.recommend({ kind: 'for-you', limit: 6 });
    expect(cold.personalized).toBe(false);
    expect(cold.items[0].reason.kind).toBe('popular');

    const kept = await engine.record({ type: 'view', productId: laptops[0].id });
    expect(kept).toMatchObject({ type: 'view', productId: laptops[0].id, title: laptops[0].title });
    await engine.record({ type: 'cart', productId: laptops[1].id });
    const warm = await engine.recommend({ kind: 'for-you', limit: 6 });
    expect(warm.personalized).toBe(true);
    expect(warm.source).toBe('lexical');
    expect(warm.items[0].product.category).toBe('laptops');
    expect(warm.items[0].why).toMatch(/^because (you viewed .+|.+ is in your cart)$/);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('lists history newest first with titles filled in from the catalog, forgets one, clears all', async () => {
    const history = await engine.history();
    expect(history.map((e) => e.type)).toEqual(['cart', 'view']);
    expect(history[0].title).toBe(laptops[1].title);
    await engine.forgetHistory(history[0].id);
    expect((await engine.history()).map((e) => e.productId)).toEqual([laptops[0].id]);
    await engine.forgetHistory();
    expect(await engine.history()).toEqual([]);
    expect((await engine.recommend({ kind: 'for-you' })).personalized).toBe(false);
  });

  it('records nothing when switched off, and reports the setting', async () => {
    const settings = await engine.setHistoryEnabled(false);
    expect(settings).toMatchObject({ enabled: false, persistent: true, maxEntries: 500, maxAgeDays: 90 });
    expect(await engine.record({ type: 'purchase', productId: laptops[2].id })).toBeUndefined();
    expect(await engine.history()).toEqual([]);
    await engine.setHistoryEnabled(true);
    expect((await engine.historySettings()).enabled).toBe(true);
  });

  it('rejects a malformed event with a message that says what is wrong', async () => {
    await expect(engine.record({ type: 'cart' } as never)).rejects.toThrow(/aisle.record: a cart event needs a productId/);
  });

  it('answers similar and goes-with for a product, and nothing for an unknown one', async () => {
    const phone = products.find((p) => p.title === 'iPhone X')!;
    const goes = await engine.recommend({ kind: 'goes-with', productId: phone.id, limit: 4 });
    expect(goes.items).toHaveLength(4);
    expect(goes.items.every((i) => i.product.category !== 'smartphones')).toBe(true);
    expect((await engine.recommend({ kind: 'similar', productId: 'nope' })).items).toEqual([]);
  });
});

describe('engine: model path upgrades recommendations', () => {
  it('uses the product embeddings once the model is ready, and says so', async () => {
    const engine = await engineWith(true);
    const before = await engine.recommend({ kind: 'similar', productId: laptops[0].id, limit: 5 });
    expect(before.source).toBe('lexical');
    const status = await engine.prepareModels();
    expect(status.models.embeddings).toMatchObject({ state: 'ready' });
    const after = await engine.recommend({ kind: 'similar', productId: laptops[0].id, limit: 5 });
    expect(after.source).toBe('model');
    expect(after.items.slice(0, 3).every((i) => i.product.category === 'laptops')).toBe(true);
  });
});
