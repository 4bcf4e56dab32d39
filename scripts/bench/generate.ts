import { readFileSync } from 'node:fs';
import { createEngine } from '../../workers/engine.ts';
import { memoryTranslationCache } from '../../workers/translate/translation-cache.ts';
import type { BenchOptions } from './bench-options.ts';

/**
 * Tokens/s of the generation pipeline and sentences/s of translation (Node, the generated test
 * models): what streaming costs per token, beside what translating a batch costs per sentence.
 */
export async function run({ models: dir, quick }: BenchOptions): Promise<Record<string, number>> {
  const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8'));
  const missing = ['llm', 'translation-zh-en'].filter((task) => !manifest.models?.[task]);
  if (missing.length) {
    console.log(`skipped: ${dir}manifest.json has no ${missing.join(' or ')} model`);
    return {};
  }
  const engine = createEngine({ translationCache: memoryTranslationCache() });
  await engine.configure({ modelHost: dir, manifest });
  const evidence = ['Warranty: 1 week warranty', 'Shipping: Ships in 3-5 business days', 'Review: "Highly impressed!"'];
  await engine.generate({ question: 'warm up', evidence, maxNewTokens: 8 });
  const rates: number[] = [];
  for (let i = 0; i < (quick ? 1 : 3); i++) {
    const answer = await engine.generate({ question: 'What warranty does it have?', evidence, maxNewTokens: 128 });
    rates.push(answer.tokensPerSecond ?? 0);
  }
  rates.sort((a, b) => a - b);
  const sentences = Array.from({ length: 32 }, (_, i) => `这款手机很好。${i}`);
  const started = performance.now();
  await engine.translate(sentences, 'en');
  const sentencesPerSecond = sentences.length / ((performance.now() - started) / 1000);
  console.log(`generation (test Qwen2-shaped model): ${rates[rates.length >> 1].toFixed(1)} tokens/s median of ${rates.length}`);
  console.log(`translation zh->en (test Marian model), batch of 32: ${sentencesPerSecond.toFixed(1)} sentences/s`);
  return { tokensPerSecond: rates[rates.length >> 1], sentencesPerSecond };
}
