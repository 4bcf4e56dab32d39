/**
 * `npx aisle index build <catalog.json|jsonl> --out <dir> [--model-host <dir>] [--no-vectors] [--shard-rows N]`
 *
 * Builds a prebuilt search index for a large catalog, once, on the merchant's machine: the products,
 * the lexical (MiniSearch) index packed to load without a rebuild, and the product embeddings as int8 binary shards, with
 * an index.json manifest. Serve the folder as static files and point the widget at it:
 * `<aisle-assistant index="/search-index/">`.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { Embedder } from '../../workers/runtime/embedder.ts';
import { parseManifest } from '../../workers/runtime/manifest.ts';
import { configureTransformers } from '../../workers/runtime/transformers-env.ts';
import { buildPrebuiltIndex } from '../../workers/search/prebuilt-index.ts';
import type { TextEmbedder } from '../../workers/runtime/runtime-types.ts';
import { embeddingModelKey } from '../../workers/runtime/embedding-model-key.ts';

const usage = `usage: aisle index build <catalog.json|jsonl> --out <dir> [--model-host <dir>] [--no-vectors] [--shard-rows N]
  --model-host  folder with manifest.json and the embedding model (default: models/ of this package)
  --no-vectors  lexical index only (no model needed; the widget embeds on the shopper's device instead)
  --shard-rows  products per vector shard (default 4096)`;

function fail(message: string): never {
  console.error(`aisle index: ${message}\n${usage}`);
  process.exit(2);
}

function parseArgs(argv: string[]) {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h' || !sub) {
    console.log(usage);
    process.exit(sub ? 0 : 2);
  }
  if (sub !== 'build') fail(`unknown subcommand "${sub}"`);
  const options: { catalog?: string; out?: string; modelHost?: string; vectors: boolean; shardRows: number } = { vectors: true, shardRows: 4096 };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--out') options.out = rest[++i];
    else if (arg === '--model-host') options.modelHost = rest[++i];
    else if (arg === '--no-vectors') options.vectors = false;
    else if (arg === '--shard-rows') options.shardRows = Number(rest[++i]);
    else if (arg.startsWith('--')) fail(`unknown option ${arg}`);
    else options.catalog ??= arg;
  }
  if (!options.catalog) fail('give the catalog file');
  if (!options.out) fail('give --out <dir>');
  if (!(options.shardRows > 0)) fail('--shard-rows must be a positive number');
  return options as Required<typeof options>;
}

async function loadEmbedder(modelHost: string): Promise<{ embedder: TextEmbedder; modelId: string; dispose: () => Promise<void> }> {
  const host = resolve(modelHost) + '/';
  const manifestFile = join(host, 'manifest.json');
  if (!existsSync(manifestFile)) fail(`no manifest.json in ${host}: pass --model-host <dir>, or --no-vectors`);
  const manifest = parseManifest(JSON.parse(readFileSync(manifestFile, 'utf8')));
  const model = manifest.models.embeddings;
  if (!model) fail(`${manifestFile} has no "embeddings" model`);
  configureTransformers({ modelHost: host, threads: 2 });
  const loaded = await Embedder.load(model);
  return { embedder: { modelKey: embeddingModelKey(model), embed: (texts) => loaded.embed(texts) }, modelId: model.id, dispose: () => loaded.dispose() };
}

const options = parseArgs(process.argv.slice(2));
const started = performance.now();
if (!existsSync(options.catalog)) fail(`no such catalog file: ${options.catalog}`);
const { products, skipped } = parseCatalogFeed(readFileSync(options.catalog, 'utf8'));
for (const s of skipped.slice(0, 20)) console.warn(`aisle index: skipped ${s}`);
if (skipped.length > 20) console.warn(`aisle index: … and ${skipped.length - 20} more skipped records`);
if (!products.length) fail(`no products could be read from ${options.catalog}`);

const defaultHost = fileURLToPath(new URL('../../models/', import.meta.url));
const model = options.vectors ? await loadEmbedder(options.modelHost ?? defaultHost) : undefined;
const { manifest, files } = await buildPrebuiltIndex(products, {
  embedder: model?.embedder,
  modelId: model?.modelId,
  shardRows: options.shardRows,
  onProgress: (done, total) => process.stderr.write(`\raisle index: embedded ${done}/${total} products`),
});
if (model) process.stderr.write('\n');
await model?.dispose();

mkdirSync(options.out, { recursive: true });
let bytes = 0;
for (const [name, content] of files) {
  writeFileSync(join(options.out, name), content);
  bytes += typeof content === 'string' ? Buffer.byteLength(content) : content.byteLength;
}
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(`aisle index: ${products.length} products, ${manifest.vectors ? `${manifest.vectors.shards.length} int8 shard(s) of ${manifest.vectors.dims}-d vectors (${manifest.vectors.modelId})` : 'no vectors'}, ${(bytes / 1e6).toFixed(1)} MB in ${options.out} (${seconds} s)`);
console.log(`Serve that folder and add index="<its URL>/" to <aisle-assistant>.`);
