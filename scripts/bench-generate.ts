// Tokens/s of the generation pipeline and sentences/s of translation, in Node, on the models of a
// model host (default the generated test models): `node --import tsx scripts/bench-generate.ts [modelDir]`.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine } from '../workers/engine.ts';
import { memoryTranslationCache } from '../workers/translate/translation-cache.ts';

const dir = `${resolve(process.argv[2] ?? 'models/test')}/`;
const manifest = JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8'));
const engine = createEngine({ translationCache: memoryTranslationCache() });
await engine.configure({ modelHost: dir, manifest });
const evidence = ['Warranty: 1 week warranty', 'Shipping: Ships in 3-5 business days', 'Review: "Highly impressed!"'];
await engine.generate({ question: 'warm up', evidence, maxNewTokens: 8 });
const rates: number[] = [];
let tokens = 0;
for (let i = 0; i < 3; i++) {
  const answer = await engine.generate({ question: 'What warranty does it have?', evidence, maxNewTokens: 128 });
  rates.push(answer.tokensPerSecond ?? 0);
  tokens = answer.tokens;
}
rates.sort((a, b) => a - b);
const sentences = Array.from({ length: 32 }, (_, i) => `这款手机很好。${i}`);
const started = performance.now();
await engine.translate(sentences, 'en');
const translateMs = performance.now() - started;
console.log(JSON.stringify({
  generate: { tokens, tokensPerSecondMedian: Number(rates[1].toFixed(1)) },
  translate: { sentences: sentences.length, sentencesPerSecond: Number((sentences.length / (translateMs / 1000)).toFixed(1)) },
}));
