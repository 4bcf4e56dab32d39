/**
 * `npm run eval -- crosslang <queries.jsonl> --catalog <catalog.jsonl> [--method M] [--out pred.jsonl] [--model-host dir]`
 *
 * Cross-language search: queries in one language over a catalog in the other (Chinese queries, an
 * English shop), scored like `search` (nDCG@10, Recall@10, MRR) for each way the engine can bridge
 * the languages:
 *
 * - `glossary`: the light path, no model; the shopping glossary adds English words to the lexical match.
 * - `embeddings`: the model path in `crossLanguage: 'embeddings'` mode; the multilingual embedding
 *   model reads the Chinese query as written (beside the glossary's lexical match).
 * - `translate`: the model path in `crossLanguage: 'translate'` mode; the manifest's zh->en model
 *   translates the query first.
 * - `reference`: `translate` with the query's reference English (`en` field) put in the translation
 *   cache: what `translate` scores with a perfect translator (its ceiling, not a method).
 *
 * Queries: `{id, query, relevant: [productId...], en?}`. Without --method every method runs and the
 * metrics come per method; --out then writes `{id, results: {method: [ids]}}`. With --method one runs
 * and --out writes `{id, results: [ids]}`, the `search` format ../shared/eval/score.py reads.
 *
 * `npm run eval -- crosslang test/eval/crosslang-questions.jsonl --evidence ../shared/eval/product_qa/epqa.jsonl`
 * does the same for evidence: Chinese questions (`{id, question, en}`, ids of ePQA records) ranked
 * against their English evidence candidates (scripts/eval/eval-crosslang-evidence.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import type { Product } from '../../workers/protocol/product.ts';
import { createEngine } from '../../workers/engine.ts';
import { parseManifest } from '../../workers/runtime/manifest.ts';
import type { ModelManifest } from '../../workers/protocol/models.ts';
import { translationPieces } from '../../workers/translate/translation-pieces.ts';
import { sha256Hex } from '../../workers/math/sha256.ts';
import { memoryTranslationCache } from '../../workers/translate/translation-cache.ts';
import { readJsonl, writeJsonl, type EvalOptions } from './eval-args.ts';
import { evidenceMethods } from './eval-crosslang-evidence.ts';
import { searchMetrics } from './search.ts';

interface CrossLangQuery {
  id: string;
  query: string;
  relevant: string[];
  /** A reference translation of the query into the catalog's language. */
  en?: string;
}

const methods = ['glossary', 'embeddings', 'translate', 'reference'] as const;
type Method = (typeof methods)[number];

interface MethodScore {
  ndcg_at_10: number;
  recall_at_10: number;
  mrr: number;
  ms_per_query: number;
  /** Queries the translate path searched with a model translation. */
  translated?: number;
}

async function runMethod(method: Method, queries: CrossLangQuery[], products: Product[], modelHost: string, manifest: ModelManifest) {
  const cache = memoryTranslationCache();
  if (method === 'reference') {
    for (const q of queries) {
      const pieces = translationPieces(q.query).filter((p) => p.translate);
      if (!q.en || pieces.length !== 1) throw new Error(`eval crosslang: reference needs an "en" and a one-sentence query (${q.id})`);
      await cache.put('en', await sha256Hex(pieces[0].text), q.en, 'reference');
    }
  }
  const engine = createEngine({ embeddingCache: null, translationCache: cache });
  await engine.configure({
    modelHost, manifest, models: method !== 'glossary',
    crossLanguage: method === 'translate' || method === 'reference' ? 'translate' : 'embeddings',
  });
  await engine.load(products);
  const status = await engine.prepareModels();
  if (method !== 'glossary' && status.searchPath !== 'model') throw new Error(`eval crosslang: the embedding model did not load (${JSON.stringify(status.models)})`);
  const results: string[][] = [];
  const translations: (string | undefined)[] = [];
  let ndcg = 0, recall = 0, mrr = 0;
  const started = performance.now();
  for (const q of queries) {
    const response = await engine.search(q.query, { limit: 10 });
    const ids = response.hits.map((h) => h.product.id);
    results.push(ids);
    translations.push(response.translated);
    const m = searchMetrics(ids, q.relevant);
    ndcg += m.ndcg;
    recall += m.recall;
    mrr += m.rr;
  }
  const n = Math.max(queries.length, 1);
  const score: MethodScore = { ndcg_at_10: ndcg / n, recall_at_10: recall / n, mrr: mrr / n, ms_per_query: (performance.now() - started) / n };
  if (method === 'translate' || method === 'reference') score.translated = translations.filter(Boolean).length;
  return { score, results, translations };
}

/** Runs the chosen method(s) over the queries and scores each. */
export async function run(options: EvalOptions): Promise<Record<string, unknown>> {
  if (!options.input) throw new Error('eval crosslang: give the queries file');
  const catalogFile = options.extra.catalog;
  if (!catalogFile && !options.extra.evidence) throw new Error('eval crosslang: give --catalog <catalog.jsonl>');
  const chosen = options.extra.method;
  if (chosen && !methods.includes(chosen as Method)) throw new Error(`eval crosslang: --method is one of ${methods.join(', ')}`);
  const modelHost = (options.extra['model-host'] ?? fileURLToPath(new URL('../../models/test/', import.meta.url))).replace(/\/?$/, '/');
  const manifest = parseManifest(JSON.parse(readFileSync(`${modelHost}manifest.json`, 'utf8')));
  if (options.extra.evidence) {
    const result = await evidenceMethods(options.input, options.extra.evidence, modelHost, manifest);
    writeJsonl(options.out, Object.entries(result.translations).map(([id, translated]) => ({ id, translated })));
    return { task: 'crosslang', part: 'evidence', n: result.n, methods: result.methods };
  }
  const queries = readJsonl<CrossLangQuery>(options.input);
  const { products } = parseCatalogFeed(readFileSync(catalogFile!, 'utf8'));
  const run = chosen ? [chosen as Method] : methods.filter((m) => m !== 'reference' || queries.every((q) => q.en));

  const scores: Partial<Record<Method, MethodScore>> = {};
  const byMethod: Partial<Record<Method, Awaited<ReturnType<typeof runMethod>>>> = {};
  for (const method of run) {
    byMethod[method] = await runMethod(method, queries, products, modelHost, manifest);
    scores[method] = byMethod[method]!.score;
  }
  writeJsonl(options.out, queries.map((q, i) => ({
    id: q.id,
    results: chosen ? byMethod[chosen as Method]!.results[i] : Object.fromEntries(run.map((m) => [m, byMethod[m]!.results[i]])),
    ...(byMethod.translate ? { translated: byMethod.translate.translations[i] ?? null } : {}),
  })));
  return {
    task: 'crosslang', n: queries.length, products: products.length,
    models: { embeddings: manifest.models.embeddings?.id ?? null, translation: manifest.models['translation-zh-en']?.id ?? null },
    ...(chosen ? scores[chosen as Method] : { methods: scores }),
  };
}
