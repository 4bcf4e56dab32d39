/**
 * `npm run eval -- store [test/eval/store-questions.jsonl] [--path light|model] [--out pred.jsonl]
 *  [--faq demo/faq.json] [--catalog demo/catalog/dummyjson_products.jsonl] [--models models/test/]
 *  [--routing hybrid|prototypes]`
 *
 * Routes every question and answers the store ones through the engine, then scores routing accuracy
 * and answer correctness (status, the quoted entry, the "not mentioned" flag).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseCatalogFeed } from '../../workers/catalog/parse-feed.ts';
import { createEngine } from '../../workers/engine.ts';
import type { MessageRoute, StoreAnswer, StoreAnswerStatus } from '../../workers/engine-api.ts';
import { messageRoutes } from '../../workers/route/route-decision.ts';
import { parseManifest } from '../../workers/runtime/manifest.ts';
import { parseMerchantFaq } from '../../workers/store/merchant-faq.ts';
import { readJsonl, writeJsonl, type EvalOptions } from './eval-args.ts';

/** One line of the store question set. */
interface StoreQuestion {
  id: string;
  lang: 'en' | 'zh';
  question: string;
  productId?: string;
  route: MessageRoute;
  topic?: string;
  expect?: { status: StoreAnswerStatus; first?: string[]; includes?: string[]; unmatched?: boolean };
}

const root = fileURLToPath(new URL('../../', import.meta.url));

/** True when the answer has the expected status, quotes an acceptable entry first, and flags what it should. */
export function answerIsCorrect(expect: NonNullable<StoreQuestion['expect']>, answer: StoreAnswer): boolean {
  if (answer.status !== expect.status) return false;
  const ids = answer.evidence.map((e) => e.entryId);
  if (expect.first && !expect.first.includes(ids[0])) return false;
  if (expect.includes && !expect.includes.every((id) => ids.includes(id))) return false;
  if (expect.unmatched !== undefined && expect.unmatched !== !!answer.unmatched?.length) return false;
  return true;
}

const share = (ok: number, n: number) => (n ? Number((ok / n).toFixed(4)) : null);
const median = (xs: number[]) => (xs.length ? [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] : 0);

export async function run(options: EvalOptions): Promise<Record<string, unknown>> {
  const input = options.input ?? `${root}test/eval/store-questions.jsonl`;
  const questions = readJsonl<StoreQuestion>(input);
  const faqFile = options.extra.faq ?? `${root}demo/faq.json`;
  const catalogFile = options.extra.catalog ?? `${root}demo/catalog/dummyjson_products.jsonl`;
  const modelHost = options.extra.models ?? `${root}models/test/`;

  const engine = createEngine();
  const manifest = parseManifest(JSON.parse(readFileSync(`${modelHost}manifest.json`, 'utf8')));
  const routing = (options.extra.routing ?? 'hybrid') as 'hybrid' | 'prototypes' | 'rules';
  await engine.configure({ modelHost, manifest, models: options.path === 'model', routing });
  await engine.load(parseCatalogFeed(readFileSync(catalogFile, 'utf8')).products);
  const faq = parseMerchantFaq(readFileSync(faqFile, 'utf8'), 'https://demo-shop.example/faq.json');
  await engine.loadStorePolicies({ entries: faq.entries, contact: faq.contact });
  if (options.path === 'model') {
    const status = await engine.prepareModels();
    if (status.models.embeddings?.state !== 'ready') throw new Error(`eval: the embedding model did not load: ${JSON.stringify(status.models.embeddings)}`);
  }

  const predictions: Record<string, unknown>[] = [];
  const routeMs: number[] = [];
  const answerMs: number[] = [];
  const tally = { route: { ok: 0, n: 0 }, en: { ok: 0, n: 0 }, zh: { ok: 0, n: 0 }, answer: { ok: 0, n: 0 }, endToEnd: { ok: 0, n: 0 } };
  const byRoute = Object.fromEntries(messageRoutes.map((r) => [r, { tp: 0, fp: 0, fn: 0 }]));
  const byStatus: Record<string, { ok: number; n: number }> = {};
  let source = '';
  const routeSources: Record<string, number> = {};
  for (const q of questions) {
    let start = performance.now();
    const decision = await engine.route(q.question, { productId: q.productId });
    routeMs.push(performance.now() - start);
    start = performance.now();
    const answer = q.expect ? await engine.askStore(q.question, q.productId) : undefined;
    if (answer) answerMs.push(performance.now() - start);
    source ||= answer?.source ?? '';
    routeSources[decision.source] = (routeSources[decision.source] ?? 0) + 1;
    const routeOk = decision.route === q.route;
    tally.route.n++;
    tally.route.ok += +routeOk;
    tally[q.lang].n++;
    tally[q.lang].ok += +routeOk;
    if (routeOk) byRoute[q.route].tp++;
    else {
      byRoute[q.route].fn++;
      byRoute[decision.route].fp++;
    }
    let answerOk: boolean | undefined;
    if (q.expect && answer) {
      answerOk = answerIsCorrect(q.expect, answer);
      tally.answer.n++;
      tally.answer.ok += +answerOk;
      const s = (byStatus[q.expect.status] ??= { ok: 0, n: 0 });
      s.n++;
      s.ok += +answerOk;
    }
    tally.endToEnd.n++;
    tally.endToEnd.ok += +(routeOk && answerOk !== false);
    predictions.push({
      id: q.id, route: decision.route, topic: decision.topic, route_ok: routeOk, route_reason: decision.reason,
      ...(answer ? { status: answer.status, evidence: answer.evidence.map((e) => e.entryId), unmatched: answer.unmatched, answer: answer.answer, answer_ok: answerOk } : {}),
    });
  }
  writeJsonl(options.out, predictions);
  return {
    task: 'store',
    path: options.path,
    source,
    model: options.path === 'model' ? manifest.models.embeddings?.id : null,
    routing: options.path === 'model' ? routing : 'rules',
    route_sources: routeSources,
    n: questions.length,
    route_accuracy: share(tally.route.ok, tally.route.n),
    route_accuracy_en: share(tally.en.ok, tally.en.n),
    route_accuracy_zh: share(tally.zh.ok, tally.zh.n),
    route_recall: Object.fromEntries(Object.entries(byRoute).map(([r, c]) => [r, share(c.tp, c.tp + c.fn)])),
    route_precision: Object.fromEntries(Object.entries(byRoute).map(([r, c]) => [r, share(c.tp, c.tp + c.fp)])),
    answer_n: tally.answer.n,
    answer_accuracy: share(tally.answer.ok, tally.answer.n),
    answer_accuracy_by_status: Object.fromEntries(Object.entries(byStatus).map(([s, c]) => [s, share(c.ok, c.n)])),
    end_to_end_accuracy: share(tally.endToEnd.ok, tally.endToEnd.n),
    median_route_ms: Number(median(routeMs).toFixed(2)),
    median_answer_ms: Number(median(answerMs).toFixed(2)),
  };
}
