import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../workers/engine.ts';
import { memoryTranslationCache } from '../../../workers/translate/translation-cache.ts';
import { demoCatalog, testManifest, testModelsDir } from '../../helpers/demo-catalog.ts';

async function engine() {
  const e = createEngine({ translationCache: memoryTranslationCache() });
  await e.configure({ modelHost: testModelsDir, manifest: testManifest() });
  await e.load(demoCatalog());
  return e;
}

const evidence = ['Warranty: 1 week warranty', 'Shipping: Ships in 3-5 business days', 'Review: "Highly impressed!"'];

describe('generation on the generated Qwen2-shaped model (KV cache, chat template)', () => {
  it('streams the answer piece by piece and reports tokens/s', async () => {
    const e = await engine();
    const pieces: string[] = [];
    const answer = await e.generate({ question: 'What warranty does it have?', evidence, maxNewTokens: 64 }, (t) => pieces.push(t));
    expect(answer.source).toBe('model');
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('').trim()).toBe(answer.text);
    expect(answer.tokens).toBeGreaterThan(3);
    expect(answer.stopped).toBe(false);
    console.log(`Node (onnxruntime-node CPU): ${answer.tokens} tokens at ${answer.tokensPerSecond!.toFixed(1)} tokens/s`);
    expect((await e.status()).models.llm).toMatchObject({ state: 'ready', modelId: 'aisle-test/qwen2-tiny-instruct' });
  });

  it('stops at the next token when the AbortSignal fires, resolving with the text so far', async () => {
    const e = await engine();
    const controller = new AbortController();
    let pieces = 0;
    const answer = await e.generate({ question: 'Tell me about it.', evidence, maxNewTokens: 120, signal: controller.signal }, () => {
      if (++pieces === 3) controller.abort();
    });
    expect(answer.stopped).toBe(true);
    expect(answer.tokens).toBeLessThan(12);
  });

  it('stops when stopGeneration() is called mid-stream (the path the worker uses)', async () => {
    const e = await engine();
    let pieces = 0;
    const answer = await e.generate({ question: 'Tell me about it.', evidence, maxNewTokens: 120 }, () => {
      if (++pieces === 2) void e.stopGeneration();
    });
    expect(answer.stopped).toBe(true);
    expect(answer.tokens).toBeLessThan(12);
  });

  it('drafts with the model: the text streams, and only sentences that trace to product fields are kept', async () => {
    const e = await engine();
    let streamed = '';
    const draft = await e.draft('dj-1', 'en', (t) => (streamed += t));
    expect(streamed.length).toBeGreaterThan(20);
    const product = demoCatalog().find((p) => p.id === 'dj-1')!;
    for (const sentence of [...draft.description, ...draft.blurb]) {
      expect(sentence.sources.length).toBeGreaterThan(0);
      if (sentence.sources.includes('title')) expect(sentence.text).toContain(product.title);
      if (sentence.sources.includes('price')) expect(sentence.text).toContain('9.99 USD');
    }
    if (draft.source === 'lexical') expect(draft.note).toMatch(/did not trace/);
  });
});
