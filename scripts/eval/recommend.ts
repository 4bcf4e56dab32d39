/**
 * `npm run eval -- recommend [--catalog demo/catalog/dummyjson_products.jsonl] [--path light|model]
 *   [--sessions 400] [--seed 7] [--lambda 0.7] [--max-copies 2] [--out pred.jsonl]`
 *
 * Leave-one-out over simulated sessions (see recommend-sessions.ts): the session's views but the
 * last are the history, the last is hidden; HitRate@10 and nDCG@10 of "for you" and of "similar
 * to the last view", intra-list diversity of the lists, and popularity and random baselines.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Product } from '../../workers/protocol/product.ts';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { categorySimilarity, priceSimilarity } from '../../workers/recommend/content-similarity.ts';
import { Recommender } from '../../workers/recommend/recommend.ts';
import type { HistoryEntry } from '../../workers/protocol/recommend.ts';
import { configureTransformers } from '../../workers/runtime/transformers-env.ts';
import { Embedder } from '../../workers/runtime/embedder.ts';
import type { ModelManifest } from '../../workers/protocol/models.ts';
import { CatalogSearch } from '../../workers/search/search.ts';
import { writeJsonl, type EvalOptions } from './eval-args.ts';
import { seededRandom, simulateSessions } from './recommend-sessions.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const k = 10;

/** Product embeddings from the manifest's embedding model (the generated test model offline). */
async function embedCatalog(products: Product[], modelHost: string): Promise<Map<string, Float32Array>> {
  const manifest = JSON.parse(readFileSync(`${modelHost}manifest.json`, 'utf8')) as ModelManifest;
  configureTransformers({ modelHost, manifest });
  const embedder = await Embedder.load(manifest.models.embeddings!);
  const search = new CatalogSearch(products);
  await search.attachModel(embedder);
  await embedder.dispose();
  return search.productVectors()!;
}

/** Mean pairwise dissimilarity of a list by category path, brand and price band (0 = copies, 1 = all different). */
export function intraListDiversity(list: Product[]): number {
  let sum = 0;
  let pairs = 0;
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i];
      const b = list[j];
      const alike = 0.5 * categorySimilarity(a.category, b.category) + 0.25 * (a.brand && a.brand === b.brand ? 1 : 0) + 0.25 * priceSimilarity(a.price, b.price);
      sum += 1 - alike;
      pairs++;
    }
  }
  return pairs ? sum / pairs : 0;
}

function accumulate() {
  let hits = 0;
  let ndcg = 0;
  let diversity = 0;
  let n = 0;
  return {
    add(ranked: Product[], hidden: string) {
      const rank = ranked.slice(0, k).findIndex((p) => p.id === hidden);
      if (rank >= 0) {
        hits++;
        ndcg += 1 / Math.log2(rank + 2);
      }
      diversity += intraListDiversity(ranked.slice(0, k));
      n++;
    },
    result: () => ({ hitRate10: +(hits / n).toFixed(4), ndcg10: +(ndcg / n).toFixed(4), diversity: +(diversity / n).toFixed(4) }),
  };
}

/** Runs the leave-one-out evaluation and returns its metrics. */
export async function run(options: EvalOptions): Promise<Record<string, unknown>> {
  const catalogPath = options.extra.catalog ?? options.input ?? `${root}demo/catalog/dummyjson_products.jsonl`;
  const products = parseCatalogFeed(readFileSync(catalogPath, 'utf8')).products;
  const count = Number(options.extra.sessions ?? 400);
  const seed = Number(options.extra.seed ?? 7);
  const sessions = simulateSessions(products, count, seed);
  const started = performance.now();
  const vectors = options.path === 'model' ? await embedCatalog(products, options.extra['model-host'] ?? `${root}models/test/`) : undefined;
  const embedMs = performance.now() - started;
  const lambda = options.extra.lambda === undefined ? undefined : Number(options.extra.lambda);
  const maxCopies = options.extra['max-copies'] === undefined ? undefined : Number(options.extra['max-copies']);
  const recommender = new Recommender(products, vectors, { ...(lambda === undefined ? {} : { lambda }), ...(maxCopies === undefined ? {} : { maxCopies }) });
  const now = Date.UTC(2026, 0, 1);
  const random = seededRandom(seed + 1);
  const forYou = accumulate();
  const similar = accumulate();
  const popular = accumulate();
  const randomBaseline = accumulate();
  const coldStart = recommender.recommend({ kind: 'for-you', limit: k }, [], now).items.map((i) => i.product);
  const predictions: unknown[] = [];
  const rankStarted = performance.now();
  for (const session of sessions) {
    const history: HistoryEntry[] = session.viewed.map((productId, i) => ({
      id: i + 1, type: 'view', productId, at: now - (session.viewed.length - i) * 120_000,
    }));
    const seen = new Set(session.viewed);
    const mine = recommender.recommend({ kind: 'for-you', limit: k }, history, now).items.map((i) => i.product);
    const last = session.viewed[session.viewed.length - 1];
    const like = recommender.recommend({ kind: 'similar', productId: last, limit: k }, history, now).items.map((i) => i.product);
    forYou.add(mine, session.hidden);
    similar.add(like.filter((p) => !seen.has(p.id)), session.hidden);
    popular.add(coldStart.filter((p) => !seen.has(p.id)), session.hidden);
    const unseen = products.filter((p) => !seen.has(p.id));
    const shuffled = unseen.map((p) => [random(), p] as const).sort((a, b) => a[0] - b[0]).slice(0, k).map(([, p]) => p);
    randomBaseline.add(shuffled, session.hidden);
    predictions.push({ session: session.id, category: session.category, viewed: session.viewed, hidden: session.hidden, forYou: mine.map((p) => p.id), similar: like.map((p) => p.id) });
  }
  writeJsonl(options.out, predictions);
  return {
    task: 'recommend',
    path: options.path,
    source: recommender.source,
    catalog: catalogPath.replace(root, ''),
    products: products.length,
    sessions: sessions.length,
    seed,
    lambda: lambda ?? 'default',
    maxCopies: maxCopies ?? 'default',
    forYou: forYou.result(),
    similarToLastView: similar.result(),
    popularityBaseline: popular.result(),
    randomBaseline: randomBaseline.result(),
    msPerSession: +((performance.now() - rankStarted) / sessions.length).toFixed(2),
    embedCatalogMs: Math.round(embedMs),
  };
}
