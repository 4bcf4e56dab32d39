import { beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/engine.ts';
import type { Engine, Product } from '../../../workers/engine-api.ts';
import { suggestQuestions } from '../../../workers/qa/suggest-questions.ts';
import { demoCatalog, testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';

const catalog = [...demoCatalog(), ...demoCatalog('magento_luma_products')];
const byId = (id: string) => catalog.find((p) => p.id === id)!;
/** All of a product's own text: what a suggestion may be about. */
const productText = (p: Product) => [p.title, p.description ?? '', ...Object.entries(p.attributes).map(([k, v]) => `${k} ${v}`), ...p.reviews.map((r) => r.text)].join(' ');

describe('suggested questions are only ones the product data answers', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine();
    await engine.configure({ modelHost: testModelsDir, manifest: testManifest(), models: false });
    await engine.load(catalog);
  });

  // Phones, laptops, a mascara, furniture, apparel with variants (Luma), shoes: both languages.
  const sample = ['dj-1', 'dj-79', 'dj-80', 'dj-121', 'dj-122', 'luma-MH01', 'luma-MJ01', ...catalog.filter((p) => /shoe|furniture/.test(p.category ?? '')).slice(0, 4).map((p) => p.id)];

  for (const lang of ['en', 'zh'] as const) {
    it(`${lang}: each suggestion, asked through the engine, gets an answer (yes, no, a stated value or review counts), never "not stated"`, async () => {
      for (const id of sample) {
        const questions = await engine.suggestQuestions(id, lang);
        expect(questions.length, id).toBeGreaterThanOrEqual(3);
        for (const q of questions) {
          const answer = await engine.ask(id, q);
          expect(answer.language, `${id}: ${q}`).toBe(lang);
          expect(answer.answerable, `${id}: ${q} → ${answer.text}`).toBe(true);
          expect(answer.verdict, `${id}: ${q} → ${answer.text}`).not.toBe('not-stated');
        }
      }
    });
  }

  it('a laptop is not asked "true to size?" ("laptop" holds "top", not an apparel word), in either language', () => {
    const laptops = catalog.filter((p) => p.category === 'laptops');
    expect(laptops.length).toBeGreaterThan(2);
    for (const laptop of laptops) {
      expect(suggestQuestions(laptop, 'en').join(' ')).not.toMatch(/true to size|machine washable/i);
      expect(suggestQuestions(laptop, 'zh').join(' ')).not.toMatch(/尺码|机洗/);
    }
  });

  it('no battery question where nothing in the product data mentions a battery; one where it does', () => {
    for (const product of catalog) {
      if (/batter|电池/i.test(productText(product))) continue;
      expect(suggestQuestions(product, 'en').join(' '), product.id).not.toMatch(/battery/i);
      expect(suggestQuestions(product, 'zh').join(' '), product.id).not.toMatch(/电池/);
    }
    const laptop: Product = {
      ...byId('dj-79'), id: 'test-laptop', reviews: [],
      description: 'A light laptop. Battery life is up to 12 hours on a charge.',
    };
    expect(suggestQuestions(laptop, 'en')).toContain('How long does the battery last?');
  });

  it('offers one of two questions that get the same answer ("How much does it weigh?" / "How heavy is it?")', () => {
    for (const lang of ['en', 'zh'] as const) {
      const questions = suggestQuestions(byId('dj-79'), lang);
      expect(questions.filter((q) => /weigh|heavy|多重/.test(q)), lang).toHaveLength(1);
    }
  });
});
