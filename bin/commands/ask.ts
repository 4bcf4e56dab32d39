/**
 * `npx aisle ask <catalog.jsonl> <product-id> "<question>" [--models DIR] [--phrasing generated]`
 *
 * Answers a question about one product of a catalog feed the way the widget does, streaming the
 * answer and listing its evidence. Without --models it uses the light path (no model); with it,
 * the embedding model and reranker of DIR/manifest.json, and with `--phrasing generated` its LLM
 * words the answer (only sentences that pass the evidence check are shown).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createEngine } from '../../workers/engine.ts';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { errorMessage } from '../../common/error-message.ts';

const args = process.argv.slice(2);
const modelsAt = args.indexOf('--models');
const modelsDir = modelsAt >= 0 ? args.splice(modelsAt, 2)[1] : undefined;
const phrasingAt = args.indexOf('--phrasing');
const phrasing = phrasingAt >= 0 ? args.splice(phrasingAt, 2)[1] : 'template';
if (phrasing !== 'template' && phrasing !== 'generated') {
  console.error('aisle ask: --phrasing is "template" or "generated"');
  process.exit(2);
}
const [catalogFile, productId, ...questionWords] = args;
const question = questionWords.join(' ');

if (!catalogFile || !productId || !question || args.includes('--help')) {
  console.log('usage: aisle ask <catalog.jsonl> <product-id> "<question>" [--models DIR] [--phrasing generated]');
  process.exit(catalogFile ? 0 : 1);
}

const engine = createEngine();
const host = modelsDir ? `${resolve(modelsDir)}/` : resolve('models/test/') + '/';
await engine.configure({ modelHost: host, models: modelsDir !== undefined, answerPhrasing: phrasing, manifest: modelsDir ? JSON.parse(readFileSync(`${host}manifest.json`, 'utf8')) : { models: {} } });
const { products, skipped } = parseCatalogFeed(readFileSync(catalogFile, 'utf8'));
skipped.forEach((s) => console.error(`aisle ask: skipped ${s}`));
await engine.load(products);
if (modelsDir) await engine.prepareModels();

try {
  const answer = await engine.ask(productId, question, (token) => void process.stdout.write(token));
  process.stdout.write('\n');
  for (const e of answer.evidence) console.log(`  [${e.kind}] ${e.text}`);
  if (answer.suggestion) console.log(`  ${answer.suggestion}`);
  const path = answer.source === 'model' ? 'model' : answer.evidenceOrder === 'model' ? `light, evidence ordered by a model${answer.reranked ? ' (reranked)' : ''}` : 'light';
  console.log(`  (${path} path, verdict: ${answer.verdict}, wording: ${answer.phrasing})`);
  if (answer.phrasingNote) console.log(`  (${answer.phrasingNote})`);
  console.log(`Try also: ${(await engine.suggestQuestions(productId, answer.language)).join(' | ')}`);
} catch (error) {
  console.error(`aisle ask: ${errorMessage(error)}`);
  process.exit(1);
}
