import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { glossText } from '../../../workers/translate/glossary-translate.ts';
import { translationPieces as splitSentences } from '../../../workers/translate/translation-pieces.ts';
import { indexedDbTranslationCache, memoryTranslationCache } from '../../../workers/translate/translation-cache.ts';
import { translateTexts } from '../../../workers/translate/translator.ts';
import type { SentenceTranslator } from '../../../workers/translate/translate-types.ts';
import { createEngine } from '../../../workers/engine.ts';

/** A fake model that records what it was asked, to see batching and caching from outside. */
function recordingModel(): SentenceTranslator & { calls: string[][] } {
  const calls: string[][] = [];
  return { model: 'fake', calls, async translate(s) { calls.push(s); return s.map((x) => `<${x}>`); } };
}

describe('sentence splitting', () => {
  it('cuts Chinese and English text into sentences and gives the input back when joined', () => {
    const text = '质量很好。物流很快！  Great phone. Battery lasts two days?';
    const pieces = splitSentences(text);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
    expect(pieces.filter((p) => p.translate).map((p) => p.text)).toEqual(['质量很好。', '物流很快！', 'Great phone.', 'Battery lasts two days?']);
  });

  it('cuts an over-long sentence at commas so no piece passes the model limit', () => {
    const text = `${'很好，'.repeat(120)}。`;
    const pieces = splitSentences(text).filter((p) => p.translate);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.text.length <= 200)).toBe(true);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });
});

describe('translateTexts', () => {
  it('translates each distinct sentence once, in batches of at most 8, and keeps the order and spacing', async () => {
    const model = recordingModel();
    const texts = Array.from({ length: 10 }, (_, i) => `第${i}句。`).concat(['第0句。第1句。']);
    const out = await translateTexts(texts, 'en', async () => model, memoryTranslationCache());
    expect(model.calls.map((c) => c.length)).toEqual([8, 2]);
    expect(out.texts[0]).toBe('<第0句。>');
    expect(out.texts[10]).toBe('<第0句。> <第1句。>');
    expect(out).toMatchObject({ source: 'model', translated: 10, cached: 0 });
  });

  it('serves a second request from the cache without calling the model', async () => {
    const model = recordingModel();
    const cache = memoryTranslationCache();
    await translateTexts(['电池很耐用。'], 'en', async () => model, cache);
    const again = await translateTexts(['电池很耐用。'], 'en', async () => model, cache);
    expect(model.calls).toHaveLength(1);
    expect(again).toMatchObject({ texts: ['<电池很耐用。>'], cached: 1, translated: 0 });
  });

  it('never serves one model\'s cached translation for another model (a new pin or another host translates afresh)', async () => {
    const cache = memoryTranslationCache();
    const first = recordingModel();
    await translateTexts(['电池很耐用。'], 'en', async () => first, cache, async () => 'test-model:abc');
    const second: SentenceTranslator = { model: 'real', async translate(s) { return s.map(() => 'The battery lasts long.'); } };
    const out = await translateTexts(['电池很耐用。'], 'en', async () => second, cache, async () => 'real-model:def');
    expect(out).toMatchObject({ texts: ['The battery lasts long.'], cached: 0, translated: 1 });
    const again = await translateTexts(['电池很耐用。'], 'en', async () => first, cache, async () => 'test-model:abc');
    expect(again).toMatchObject({ texts: ['<电池很耐用。>'], cached: 1 });
  });

  it('keeps the cache in the IndexedDB translations store, so a new engine session reuses it', async () => {
    const model = recordingModel();
    await translateTexts(['屏幕很清晰。'], 'en', async () => model, indexedDbTranslationCache('aisle-translate-test'));
    const later = await translateTexts(['屏幕很清晰。'], 'en', async () => model, indexedDbTranslationCache('aisle-translate-test'));
    expect(model.calls).toHaveLength(1);
    expect(later.cached).toBe(1);
  });

  it('leaves text already in the target language alone', async () => {
    const model = recordingModel();
    const out = await translateTexts(['Already English.'], 'en', async () => model, memoryTranslationCache());
    expect(out.texts).toEqual(['Already English.']);
    expect(model.calls).toHaveLength(0);
  });
});

describe('light path (no model)', () => {
  it('glosses known shopping words with the glossary, both ways', () => {
    expect(glossText('红色运动鞋', 'en')).toMatch(/red.*(sneakers|sports shoes)/i);
    expect(glossText('A red smartphone case', 'zh')).toContain('手机');
  });

  it('reads the set phrases of spec rows whole into Chinese, numbers kept, and leaves other phrases word by word', () => {
    expect(glossText('30 days return policy', 'zh')).toBe('30天内可退货');
    expect(glossText('Ships in 1-2 business days', 'zh')).toBe('1-2个工作日内发货');
    expect(glossText('Ships in 2 weeks', 'zh')).toBe('2周内发货');
    expect(glossText('3 months warranty', 'zh')).toBe('保修3个月');
    expect(glossText('Low Stock', 'zh')).toBe('库存紧张');
    // A list value is read item by item; an English word takes the Chinese word it is the first sense of.
    expect(glossText('Yes, Men, Blue', 'zh')).toBe('是, 男士, 蓝色');
    // Not a set phrase: glossed word by word, which can take the wrong sense (business -> 商务): a gloss, not a translation.
    expect(glossText('Ships in 3-5 business days soon', 'zh')).toBe('Ships in 3-5 商务 days soon');
  });

  it('the engine answers translate() with the gloss, marked lexical, when models are off', async () => {
    const engine = createEngine();
    await engine.configure({ modelHost: '/nowhere/', models: false, manifest: { models: {} } });
    const out = await engine.translate(['手机'], 'en');
    expect(out).toMatchObject({ source: 'lexical', texts: ['smartphone'] });
  });

  it('text already in the target language comes back unchanged, not labelled as a model translation', async () => {
    const engine = createEngine();
    await engine.configure({ modelHost: '/nowhere/', models: false, manifest: { models: {} } });
    const out = await engine.translate(['A phone with a good battery.'], 'en');
    expect(out).toMatchObject({ source: 'lexical', unchanged: true, translated: 0, texts: ['A phone with a good battery.'] });
  });
});
