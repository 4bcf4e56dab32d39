/**
 * `npx aisle write`: drafts product descriptions and blurbs on this machine from a catalog feed.
 *
 *   npx aisle write --catalog catalog.jsonl --product dj-1 [--lang en|zh] [--models models/test/] [--light] [--json]
 *   npx aisle write --catalog catalog.jsonl --all --out drafts.jsonl [--lang zh] [--models ...]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { createEngine } from '../../workers/engine.ts';
import { draftText } from '../../workers/generate/draft.ts';
import { parseManifest } from '../../workers/runtime/manifest.ts';
import type { Lang } from '../../workers/protocol/language.ts';
import { errorMessage } from '../../common/error-message.ts';

const usage = `usage: aisle write --catalog <catalog.jsonl> (--product <id> | --all --out <drafts.jsonl>)
                   [--lang en|zh] [--models <dir with manifest.json>] [--light] [--json]
Drafts a product description and a short blurb from the product's attributes and review highlights.
Every sentence states only product fields; --json shows which ones. --light uses templates only.`;

function parseArgs(argv: string[]): Record<string, string | true> {
  const args: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i];
    if (!name.startsWith('--')) throw new Error(`unexpected argument "${name}"`);
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) args[name.slice(2)] = true;
    else args[name.slice(2)] = argv[++i];
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help || !args.catalog || (!args.product && !args.all)) {
    console.error(usage);
    return args.help ? 0 : 2;
  }
  const lang = (args.lang ?? 'en') as Lang;
  if (lang !== 'en' && lang !== 'zh') throw new Error('--lang is en or zh');
  const { products, skipped } = parseCatalogFeed(readFileSync(String(args.catalog), 'utf8'));
  for (const note of skipped) console.error(`skipped: ${note}`);
  const modelDir = typeof args.models === 'string' ? resolve(args.models) : resolve('models');
  const haveModels = !args.light && existsSync(`${modelDir}/manifest.json`);
  if (!args.light && !haveModels) console.error(`no ${modelDir}/manifest.json: drafting from templates (light path)`);
  const engine = createEngine();
  const manifest = haveModels ? parseManifest(JSON.parse(readFileSync(`${modelDir}/manifest.json`, 'utf8'))) : { models: {} };
  await engine.configure({ modelHost: `${modelDir}/`, models: haveModels, manifest });
  await engine.load(products);

  if (args.all) {
    if (typeof args.out !== 'string') throw new Error('--all needs --out <drafts.jsonl>');
    const lines: string[] = [];
    const started = performance.now();
    for (const product of products) {
      const draft = await engine.draft(product.id, lang);
      lines.push(JSON.stringify({ ...draft, text: draftText(draft) }));
    }
    writeFileSync(args.out, `${lines.join('\n')}\n`);
    const bySource = lines.reduce<Record<string, number>>((n, l) => {
      const s = (JSON.parse(l) as { source: string }).source;
      n[s] = (n[s] ?? 0) + 1;
      return n;
    }, {});
    console.error(`${lines.length} drafts -> ${args.out} (${JSON.stringify(bySource)}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  }
  const draft = await engine.draft(String(args.product), lang);
  if (args.json) console.log(JSON.stringify(draft, null, 2));
  else {
    console.log(draftText(draft));
    const values = draft.valuesTranslated && (draft.valuesTranslated === 'model' ? 'spec values translated by the model' : 'spec values glossed with the shopping glossary (no translation model)');
    console.error(`\n[${draft.source}${draft.note ? `: ${draft.note}` : ''}${values ? `; ${values}` : ''}]`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`aisle write: ${errorMessage(error)}`);
    process.exit(1);
  },
);
