import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/engine.ts';
import type { Engine } from '../../../workers/engine-api.ts';
import { labelsToScore } from '../../../workers/reviews/sentiment-classifier.ts';
import { demoCatalog, testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';
import { CHINESE_PHONE_REVIEWS, HEADPHONE_REVIEWS, productWith } from '../../helpers/review-fixtures.ts';

const catalog = () => [
  ...demoCatalog('magento_luma_products'),
  productWith(HEADPHONE_REVIEWS, 'headphones', 'Wireless Headphones'),
  productWith(CHINESE_PHONE_REVIEWS, 'zh-phone', '智能手机'),
];

describe('engine.summarizeReviews / engine.sentiment, light path', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine();
    await engine.configure({ modelHost: testModelsDir, manifest: testManifest(), models: false });
    await engine.load(catalog());
  });

  it('summarizes a demo product from its own reviews', async () => {
    const [product] = demoCatalog('magento_luma_products').filter((p) => p.reviews.length >= 4);
    const summary = await engine.summarizeReviews(product.id);
    expect(summary).toMatchObject({ productId: product.id, reviewCount: product.reviews.length, source: 'lexical' });
    expect(summary.customersSay.length).toBeGreaterThanOrEqual(2);
    for (const q of summary.customersSay) expect(product.reviews[q.reviewIndex].text).toContain(q.text);
  });

  it('summarizes Chinese reviews', async () => {
    const summary = await engine.summarizeReviews('zh-phone');
    expect(summary.language).toBe('zh');
    expect(summary.cons).toContain('电池');
  });

  it('names the product when it does not know it', async () => {
    await expect(engine.summarizeReviews('no-such-product')).rejects.toThrow(/no-such-product/);
  });

  it('scores texts with the lexicons before any model', async () => {
    const [good, bad] = await engine.sentiment(['I love it, works great', '质量太差了，不推荐']);
    expect(good).toMatchObject({ label: 'positive', source: 'lexical', language: 'en' });
    expect(bad).toMatchObject({ label: 'negative', source: 'lexical', language: 'zh' });
  });
});

describe('engine reviews, model path (generated test classifier)', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine();
    await engine.configure({ modelHost: testModelsDir, manifest: testManifest() });
    await engine.load(catalog());
    const status = await engine.prepareModels();
    expect(status.models.embeddings).toMatchObject({ state: 'ready' });
    // The classifier loads in the background after search's model; wait until the engine says it is ready.
    for (let i = 0; i < 600 && (await engine.status()).models.sentiment?.state !== 'ready'; i++) await new Promise((r) => setTimeout(r, 50));
    expect((await engine.status()).models.sentiment).toMatchObject({ state: 'ready' });
  });

  it('answers sentiment from the model and says so', async () => {
    const results = await engine.sentiment(['The battery is great.', 'The zipper is terrible.', '屏幕非常好', '电池很差']);
    expect(results.map((r) => r.source)).toEqual(['model', 'model', 'model', 'model']);
    expect(results.map((r) => r.label)).toEqual(['positive', 'negative', 'positive', 'negative']);
  });

  it('summarizes with the model path and keeps every sentence traceable', async () => {
    const summary = await engine.summarizeReviews('headphones');
    expect(summary.source).toBe('model');
    expect(summary.customersSay.length).toBeGreaterThanOrEqual(2);
    for (const q of summary.customersSay) expect(HEADPHONE_REVIEWS[q.reviewIndex].text).toContain(q.text);
    for (const chip of summary.aspects) expect(chip.quotes).toHaveLength(chip.positive + chip.negative + chip.neutral);
  });
});

describe('labelsToScore', () => {
  it('reads binary, three-way and star label sets', () => {
    expect(labelsToScore([{ label: 'POSITIVE', score: 0.9 }, { label: 'NEGATIVE', score: 0.1 }])).toBeCloseTo(0.8);
    expect(labelsToScore([{ label: 'positive', score: 0.2 }, { label: 'neutral', score: 0.1 }, { label: 'negative', score: 0.7 }])).toBeCloseTo(-0.5);
    expect(labelsToScore([{ label: '5 stars', score: 1 }])).toBeCloseTo(1);
    expect(labelsToScore([{ label: '1 star', score: 1 }])).toBeCloseTo(-1);
  });
});
