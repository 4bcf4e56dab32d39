/**
 * `npx aisle faq <faq.json|faq.md> [--ask "question"] [--product <id> --catalog <feed.jsonl>]`
 *
 * Checks a merchant FAQ file the way the widget reads it (`faq="..."`): lists each entry with the
 * topic it answers, the link shown to shoppers and any warning, then optionally asks a question
 * against it, so a merchant can see the answer a shopper would get before publishing.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { createEngine } from '../../workers/engine.ts';
import { parseMerchantFaq } from '../../workers/store/merchant-faq.ts';

const usage = 'usage: aisle faq <faq.json|faq.md> [--ask "question"] [--product <id> --catalog <feed.jsonl>] [--base <url the file is served at>]';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

const args = process.argv.slice(2);
const file = args[0];
if (!file || file === '--help' || file.startsWith('--')) {
  console.log(usage);
  process.exit(file ? 0 : 1);
}

const base = option(args, 'base') ?? pathToFileURL(file).href;
const faq = parseMerchantFaq(readFileSync(file, 'utf8'), base);
console.log(`${faq.entries.length} entries; contact: ${faq.contact ? `${faq.contact.label ?? ''} ${faq.contact.url}`.trim() : 'none (answers about orders and payments will say so)'}`);
for (const e of faq.entries) console.log(`- [${e.topics.join(', ')}] ${e.question ?? '(no question)'}  ->  ${e.url ?? '(no link)'}`);
for (const w of faq.warnings) console.log(`warning: ${w}`);
const topics = new Set(faq.entries.flatMap((e) => e.topics));
const missing = ['shipping', 'returns', 'warranty', 'payment', 'contact'].filter((t) => !topics.has(t as never));
if (missing.length) console.log(`not covered (shoppers asking will hear "not published"): ${missing.join(', ')}`);

const question = option(args, 'ask');
if (question) {
  const engine = createEngine();
  await engine.configure({ modelHost: './', models: false, manifest: { models: {} } });
  const catalog = option(args, 'catalog');
  if (catalog) await engine.load(parseCatalogFeed(readFileSync(catalog, 'utf8')).products);
  await engine.loadStorePolicies({ entries: faq.entries, contact: faq.contact });
  const productId = option(args, 'product');
  const route = await engine.route(question, { productId });
  const answer = await engine.askStore(question, productId);
  console.log(`\nroute: ${route.route}${route.topic ? ` (${route.topic})` : ''}: ${route.reason}`);
  console.log(`${answer.status}: ${answer.answer}`);
  for (const e of answer.evidence) console.log(`  ${e.scope === 'product' ? 'this item' : 'shop'} · ${e.kind} · ${e.url ?? ''}`);
  if (answer.contact) console.log(`  contact: ${answer.contact.url}`);
}
process.exit(faq.entries.length ? 0 : 1);
