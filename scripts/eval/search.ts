/**
 * `npm run eval -- search <queries.jsonl> --catalog <catalog.jsonl> [--out pred.jsonl] [--path light|model] [--model-host dir]`
 *
 * Queries: `{id, query, relevant: [productId...]}`. Predictions: `{id, results: [productId... up to 10]}`.
 * Metrics (as ../shared/eval/score.py computes them): nDCG@10, Recall@10, MRR.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { createEngine } from '../../workers/engine.ts';
import { parseManifest } from '../../workers/runtime/manifest.ts';
import { readJsonl, writeJsonl, type EvalOptions } from './eval-args.ts';

interface SearchQuery {
  id: string;
  query: string;
  relevant: string[];
}

/** nDCG@10, Recall@10 and reciprocal rank of one ranked list against binary relevance. */
export function searchMetrics(results: string[], relevant: string[]): { ndcg: number; recall: number; rr: number } {
  const rel = new Set(relevant);
  const top = [...new Set(results)].slice(0, 10);
  const dcg = top.reduce((sum, id, k) => sum + (rel.has(id) ? 1 / Math.log2(k + 2) : 0), 0);
  let idcg = 0;
  for (let k = 0; k < Math.min(rel.size, 10); k++) idcg += 1 / Math.log2(k + 2);
  const first = top.findIndex((id) => rel.has(id));
  return { ndcg: idcg ? dcg / idcg : 0, recall: top.filter((id) => rel.has(id)).length / Math.max(rel.size, 1), rr: first < 0 ? 0 : 1 / (first + 1) };
}

/** Runs every query through the engine on the chosen path and scores the rankings. */
export async function run(options: EvalOptions): Promise<Record<string, unknown>> {
  if (!options.input) throw new Error('eval search: give the queries file');
  const catalogFile = options.extra.catalog;
  if (!catalogFile) throw new Error('eval search: give --catalog <catalog.jsonl>');
  const queries = readJsonl<SearchQuery>(options.input);
  const { products } = parseCatalogFeed(readFileSync(catalogFile, 'utf8'));
  const modelHost = options.extra['model-host'] ?? fileURLToPath(new URL('../../models/test/', import.meta.url));
  const manifest = parseManifest(JSON.parse(readFileSync(`${modelHost.replace(/\/?$/, '/')}manifest.json`, 'utf8')));

  const engine = createEngine({ embeddingCache: null });
  await engine.configure({ modelHost, manifest, models: options.path === 'model' });
  await engine.load(products);
  const status = await engine.prepareModels();
  if (options.path === 'model' && status.searchPath !== 'model') throw new Error(`eval search: the model did not load (${JSON.stringify(status.models)})`);

  const rows: { id: string; results: string[] }[] = [];
  let ndcg = 0, recall = 0, mrr = 0;
  const started = performance.now();
  for (const q of queries) {
    const response = await engine.search(q.query, { limit: 10 });
    const results = response.hits.map((h) => h.product.id);
    rows.push({ id: q.id, results });
    const m = searchMetrics(results, q.relevant);
    ndcg += m.ndcg;
    recall += m.recall;
    mrr += m.rr;
  }
  const elapsed = performance.now() - started;
  writeJsonl(options.out, rows);
  const n = Math.max(queries.length, 1);
  return {
    task: 'search', path: options.path, n: queries.length, products: products.length,
    model: options.path === 'model' ? manifest.models.embeddings?.id : null,
    ndcg_at_10: ndcg / n, recall_at_10: recall / n, mrr: mrr / n, ms_per_query: elapsed / n,
  };
}
