import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/engine.ts';
import type { Engine } from '../../../workers/engine-api.ts';
import { MessageRouter } from '../../../workers/route/route.ts';
import { PrototypeRouter, routePrototypes } from '../../../workers/route/prototype-router.ts';
import { prototypeRoutes } from '../../../workers/route/route-decision.ts';
import { Embedder } from '../../../workers/runtime/embedder.ts';
import { configureTransformers } from '../../../workers/runtime/transformers-env.ts';
import { demoCatalog, testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';

describe('route prototypes', () => {
  it('label every route in English and Chinese', () => {
    for (const route of prototypeRoutes) {
      const texts = routePrototypes.filter((p) => p.route === route).map((p) => p.text);
      expect(texts.some((t) => /[a-z]/i.test(t)), route).toBe(true);
      expect(texts.some((t) => /\p{Script=Han}/u.test(t)), route).toBe(true);
    }
  });
});

describe('routing, model path (generated multilingual test model)', () => {
  let embedder: Embedder;
  beforeAll(async () => {
    const manifest = testManifest();
    configureTransformers({ modelHost: testModelsDir, manifest });
    embedder = await Embedder.load(manifest.models.embeddings);
  });

  it('routes by similarity to the labelled prototypes and reports per-route scores', async () => {
    const router = new PrototypeRouter(embedder);
    const decision = await router.route('what is the time limit for returning things', { productId: 'dj-1' });
    expect(decision.source).toBe('model');
    expect(Object.keys(decision.scores ?? {}).sort()).toEqual([...prototypeRoutes].sort());
    expect(decision.route).toBe('store-policy');
    expect(decision.reason).toMatch(/^close to “/);
  });

  it('keeps the two guards: own orders/payments go to human help, and no product means no product question', async () => {
    const router = new PrototypeRouter(embedder);
    expect((await router.route('my card was declined, what now', {})).route).toBe('human-help');
    for (const message of ['Is this waterproof?', 'How heavy is this?', '它有多重？']) {
      expect((await router.route(message, {})).route, message).not.toBe('product-question');
    }
  });

  it('hybrid mode keeps sure rule decisions and asks the model about the rest', async () => {
    const router = new MessageRouter('hybrid');
    router.attachModel(embedder);
    expect(await router.route('Where is my order?')).toMatchObject({ route: 'human-help', source: 'lexical' });
    expect(await router.route('leather')).toMatchObject({ route: 'search', source: 'lexical' });
    const unsure = 'something nice to wear for the weekend';
    expect((await router.route(unsure, {})).source).toBe('model');
    const rulesOnly = new MessageRouter('rules');
    rulesOnly.attachModel(embedder);
    expect((await rulesOnly.route(unsure, {})).source).toBe('lexical');
  });

  it('hybrid mode: a statement with no store word stays a search even when the model lands near a store prototype', async () => {
    const router = new MessageRouter('hybrid');
    router.attachModel(embedder);
    // The generated test model puts each of these nearest a store or help prototype.
    for (const message of ['something for my morning run', 'I need something to keep me warm', '我想要能保暖的东西']) {
      expect(await router.route(message, {}), message).toMatchObject({ route: 'search', source: 'lexical' });
    }
  });

  it('leaves requests for a view (compare, reviews, recommendation lists) to the rules in every mode', async () => {
    for (const mode of ['hybrid', 'prototypes'] as const) {
      const router = new MessageRouter(mode);
      router.attachModel(embedder);
      expect(await router.route('compare the iPhone 9 with the Oppo F19')).toMatchObject({ route: 'compare', source: 'lexical' });
      expect(await router.route('这款口碑怎么样', { productId: 'dj-121' })).toMatchObject({ route: 'reviews', source: 'lexical' });
      expect(await router.route('what goes with this?', { productId: 'dj-121' })).toMatchObject({ route: 'recommend', list: 'goes-with' });
    }
  });

  it('falls back to the rules when the model fails', async () => {
    const router = new MessageRouter('prototypes');
    router.attachModel({ embed: async () => { throw new Error('model crashed'); } } as unknown as Embedder);
    expect(await router.route('什么时候发货？')).toMatchObject({ route: 'store-policy', source: 'lexical' });
  });
});

describe('engine.route', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine();
    await engine.configure({ modelHost: testModelsDir, manifest: testManifest(), models: false });
    await engine.load(demoCatalog());
  });

  it('routes on the light path before any model, with the product on screen as context', async () => {
    expect(await engine.route('is there a warranty on this?', { productId: 'dj-81' })).toMatchObject({ route: 'store-policy', topic: 'warranty', source: 'lexical' });
    expect(await engine.route('does it have a backlit keyboard?', { productId: 'dj-81' })).toMatchObject({ route: 'product-question' });
    expect(await engine.route('我的订单到哪了')).toMatchObject({ route: 'human-help' });
  });
});

describe('engine.route on the model path', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine({ embeddingCache: null });
    await engine.configure({ modelHost: testModelsDir, manifest: testManifest() });
    await engine.load(demoCatalog());
    await engine.prepareModels(() => undefined);
  });

  it('keeps bare product words a search (English and Chinese), and still hands own-order questions to the shop', async () => {
    for (const message of ['香水', '手机', 'laptop', 'smartphone']) {
      expect(await engine.route(message), message).toMatchObject({ route: 'search' });
    }
    expect(await engine.route('where is my parcel')).toMatchObject({ route: 'human-help' });
  });
});
