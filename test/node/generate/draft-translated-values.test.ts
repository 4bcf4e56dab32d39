import { describe, expect, it } from 'vitest';
import type { Product } from '../../../workers/protocol/product.ts';
import { draftProduct } from '../../../workers/generate/drafter.ts';
import { traceSentence } from '../../../workers/generate/grounding.ts';
import { localizeFacts, type TranslateTexts } from '../../../workers/generate/localize-facts.ts';
import { translationAgrees } from '../../../workers/generate/translation-check.ts';
import { productFacts, reviewHighlights } from '../../../workers/generate/product-facts.ts';
import type { TextGenerator } from '../../../workers/generate/text-generator.ts';
import { createEngine } from '../../../workers/engine.ts';
import { memoryTranslationCache } from '../../../workers/translate/translation-cache.ts';
import { demoCatalog, testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';

const dj1 = demoCatalog().find((p) => p.id === 'dj-1')!;
const latin = /[A-Za-z]/;

/** A translator that tags what it translates and says which path it stands for. */
const fakeTranslate = (source: 'model' | 'lexical'): TranslateTexts & { calls: string[][] } => {
  const calls: string[][] = [];
  return Object.assign(async (texts: string[], to: 'en' | 'zh') => {
    calls.push(texts);
    return { texts: texts.map((t) => `译${t.length}`), to, source, cached: 0, translated: texts.length };
  }, { calls });
};

describe('Chinese drafts put English spec values into Chinese', () => {
  it('light path (no models): set-phrase spec values are glossed, each sentence still cites its attribute', async () => {
    const engine = createEngine({ translationCache: memoryTranslationCache() });
    await engine.configure({ modelHost: '/nowhere/', models: false, manifest: { models: {} } });
    await engine.load([dj1]);
    const draft = await engine.draft('dj-1', 'zh');
    expect(draft).toMatchObject({ source: 'lexical', valuesTranslated: 'lexical' });
    const specs = draft.description.filter((s) => s.sources.some((f) => f.startsWith('attributes.')));
    expect(specs.map((s) => s.text)).toEqual(['保修：保修1周。', '配送：3-5个工作日内发货。', '库存：有货。', '退货政策：不支持退货。']);
    expect(specs.map((s) => s.sources)).toEqual([
      ['attributes.warrantyInformation'], ['attributes.shippingInformation'], ['attributes.availabilityStatus'], ['attributes.returnPolicy'],
    ]);
    for (const s of specs) expect(s.text).not.toMatch(latin);
    // The glossary knows the category; names stay as written; quotes are not glossed.
    expect(draft.description[0].text).toBe('Essence Mascara Lash Princess，属于 美妆 类。');
    expect(draft.description.some((s) => s.text === '顾客评价：“Highly impressed!”')).toBe(true);
  });

  it('an English draft of the same product keeps the values as written and says nothing was translated', async () => {
    const engine = createEngine({ translationCache: memoryTranslationCache() });
    await engine.configure({ modelHost: '/nowhere/', models: false, manifest: { models: {} } });
    await engine.load([dj1]);
    const draft = await engine.draft('dj-1', 'en');
    expect(draft.valuesTranslated).toBeUndefined();
    expect(draft.description.map((s) => s.text)).toContain('Its warranty information is 1 week warranty.');
  });

  it('with a translation model: values go through the cached translate path, and a translation that fails the check is never shown', async () => {
    const engine = createEngine({ translationCache: memoryTranslationCache() });
    await engine.configure({ modelHost: testModelsDir, manifest: { models: { 'translation-en-zh': testManifest().models['translation-en-zh'] } } });
    await engine.load([dj1]);
    const draft = await engine.draft('dj-1', 'zh');
    // The same value asked again comes from the cache the draft filled: the draft used the translate path.
    const again = await engine.translate(['1 week warranty'], 'zh');
    expect(again).toMatchObject({ source: 'model', cached: 1, translated: 0 });
    const warranty = draft.description.find((s) => s.sources.includes('attributes.warrantyInformation'))!;
    // The generated test model is not a real translator: what it wrote fails the check, so the glossary's value shows.
    if (translationAgrees('1 week warranty', again.texts[0], 'zh')) expect(warranty.text).toBe(`保修：${again.texts[0]}。`);
    else {
      expect(warranty.text).toBe('保修：保修1周。');
      expect(draft.rejectedTranslations).toContain('1 week warranty');
    }
    const shown = draft.description.map((s) => s.text).join('');
    for (const value of draft.rejectedTranslations ?? []) {
      const output = (await engine.translate([value], 'zh')).texts[0];
      if (output.trim().length > 1) expect(shown, `${value} → ${output}`).not.toContain(output.trim());
    }
    // A review quote the check cannot confirm stays as the reviewer wrote it.
    const quote = draft.description.find((s) => s.sources.includes('reviews[2]'))!;
    expect(quote.text).toBe(`顾客评价：“${dj1.reviews[2].text}”`);
  });

  it('a translation model that fails to load leaves the values glossed, and the draft still comes', async () => {
    const engine = createEngine({ translationCache: memoryTranslationCache() });
    const broken = { ...testManifest().models['translation-en-zh'], id: 'aisle-test/no-such-model' };
    await engine.configure({ modelHost: testModelsDir, manifest: { models: { 'translation-en-zh': broken } } });
    await engine.load([dj1]);
    const draft = await engine.draft('dj-1', 'zh');
    expect(draft.valuesTranslated).toBe('lexical');
    expect(draft.description.map((s) => s.text)).toContain('库存：有货。');
  });
});

describe('localizeFacts', () => {
  it('translates spec values and the category, never the title or brand; quotes only when a model translated', async () => {
    const facts = productFacts(dj1);
    const good: Record<string, string> = { beauty: '美妆', '1 week warranty': '保修1周', 'Ships in 3-5 business days': '3-5个工作日内发货', 'In Stock': '有货', 'No return policy': '不支持退货' };
    const calls: string[][] = [];
    const byModel: TranslateTexts = async (texts, to) => {
      calls.push(texts);
      return { texts: texts.map((t) => good[t] ?? `译${t.length}`), to, source: 'model', cached: 0, translated: texts.length };
    };
    const model = await localizeFacts(facts, reviewHighlights(dj1), 'zh', byModel);
    expect(model.translated).toBe('model');
    expect(calls[0]).toEqual(['beauty', '1 week warranty', 'Ships in 3-5 business days', 'In Stock', 'No return policy']);
    expect(model.facts.find((f) => f.field === 'title')!.value).toBe(dj1.title);
    expect(model.facts.find((f) => f.field === 'brand')!.value).toBe('Essence');
    expect(model.facts.find((f) => f.field === 'attributes.returnPolicy')).toEqual({
      field: 'attributes.returnPolicy', label: 'return policy', value: '不支持退货', original: 'No return policy',
    });
    // "译17" for a quote the glossary cannot confirm: rejected, the quote stays as written.
    expect(model.highlights).toEqual(reviewHighlights(dj1));
    expect(model.rejected).toEqual(reviewHighlights(dj1).map((h) => h.value));

    const byGlossary = fakeTranslate('lexical');
    const glossed = await localizeFacts(facts, reviewHighlights(dj1), 'zh', byGlossary);
    expect(glossed.translated).toBe('lexical');
    expect(byGlossary.calls).toHaveLength(1);
    expect(glossed.highlights).toEqual(reviewHighlights(dj1));
  });

  it('a model translation that fails the check is replaced by the glossary value (材质 is never "咖啡机"), in a Chinese and an English draft', async () => {
    const hoodie: Product = { id: 'h', title: 'Trail Hoodie', category: 'hoodies', attributes: { material: 'Wool', warrantyInformation: '1 year warranty' }, reviews: [], tags: [] };
    const garbage: TranslateTexts = async (texts, to) => ({ texts: texts.map(() => '咖啡机'), to, source: 'model', cached: 0, translated: texts.length });
    const zh = await localizeFacts(productFacts(hoodie), [], 'zh', garbage);
    expect(zh.facts.find((f) => f.field === 'attributes.material')!.value).toBe('羊毛');
    expect(zh.facts.find((f) => f.field === 'attributes.warrantyInformation')!.value).toBe('保修1年');
    expect(zh.rejected).toEqual(expect.arrayContaining(['Wool', '1 year warranty']));
    const draft = await draftProduct(hoodie, 'zh', undefined, {}, zh);
    expect(draft.description.map((s) => s.text)).toContain('材质：羊毛。');
    expect(draft.description.map((s) => s.text).join('')).not.toContain('咖啡机');
    expect(draft.rejectedTranslations).toEqual(expect.arrayContaining(['Wool']));

    const mug: Product = { id: 'm', title: '保温杯', category: '厨具', attributes: { 材质: '不锈钢' }, reviews: [], tags: [] };
    const wrongEn: TranslateTexts = async (texts, to) => ({ texts: texts.map(() => 'coffee machine'), to, source: 'model', cached: 0, translated: texts.length });
    const en = await localizeFacts(productFacts(mug), [], 'en', wrongEn);
    expect(en.facts.map((f) => f.value).join(' ')).not.toContain('coffee machine');
    expect(en.rejected).toEqual(expect.arrayContaining(['不锈钢']));
  });

  it('translationAgrees: numbers kept, target language, the glossary\'s words present', () => {
    expect(translationAgrees('1 week warranty', '保修1周', 'zh')).toBe(true);
    expect(translationAgrees('1 week warranty', '保修2周', 'zh')).toBe(false);
    expect(translationAgrees('1 week warranty', '防水很好。', 'zh')).toBe(false);
    expect(translationAgrees('Wool', '羊毛', 'zh')).toBe(true);
    expect(translationAgrees('Wool', '咖啡机', 'zh')).toBe(false);
    expect(translationAgrees('Wool', 'Wool', 'zh')).toBe(false);
    // Nothing the glossary knows: it cannot be checked, so it is not shown.
    expect(translationAgrees('Color-Blocked', '撞色', 'zh')).toBe(false);
    expect(translationAgrees('不锈钢', 'stainless steel', 'en')).toBe(translationAgrees('不锈钢', 'stainless steel', 'en'));
    expect(translationAgrees('不锈钢', '咖啡机', 'en')).toBe(false);
  });

  it('asks for nothing when every value is already in the draft language', async () => {
    const zhProduct: Product = { id: 'z', title: '保温杯', category: '厨具', attributes: { 材质: '不锈钢' }, reviews: [{ text: '很好用', rating: 5 }], tags: [] };
    const none = fakeTranslate('model');
    const out = await localizeFacts(productFacts(zhProduct), reviewHighlights(zhProduct), 'zh', none);
    expect(none.calls).toEqual([]);
    expect(out.translated).toBeUndefined();
  });
});

describe('model drafts over translated values keep their grounding', () => {
  it('a model sentence stating a translated value traces to the attribute; one stating the English value no longer does', async () => {
    const localized = await localizeFacts(productFacts(dj1), reviewHighlights(dj1), 'zh', async (texts, to) => ({
      texts: texts.map((t) => ({ '1 week warranty': '保修1周', 'In Stock': '现货有货' })[t] ?? t), to, source: 'model', cached: 0, translated: texts.length,
    }));
    const all = [...localized.facts, ...localized.highlights];
    expect(traceSentence('保修：保修1周。', all, 'zh')).toEqual(['attributes.warrantyInformation']);
    expect(traceSentence('保修：保修两年。', all, 'zh')).toBeUndefined();
    const writer = {
      async generate(_messages: unknown, options: { onToken?: (t: string) => void }) {
        const text = 'Essence Mascara Lash Princess，属于 美妆 类。库存：现货有货。保修：保修1周。\n简介：Essence Mascara Lash Princess。';
        options.onToken?.(text);
        return { text, tokens: 20, stopped: false, tokensPerSecond: 1 };
      },
    } as unknown as TextGenerator;
    const draft = await draftProduct(dj1, 'zh', writer, {}, localized);
    expect(draft.source).toBe('model');
    expect(draft.valuesTranslated).toBe('model');
    expect(draft.description.map((s) => [s.text, s.sources])).toEqual([
      ['Essence Mascara Lash Princess，属于 美妆 类。', ['title', 'category']],
      ['库存：现货有货。', ['attributes.availabilityStatus']],
      ['保修：保修1周。', ['attributes.warrantyInformation']],
    ]);
  });
});
