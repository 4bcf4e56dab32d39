/**
 * `npm run eval -- summarize <input.jsonl> --out pred.jsonl [--path light|model] [--models dir]`
 * Input: records of ../shared/eval/review_summ (`{id, reviews: [{text, rating?}], summaries}`);
 * prediction `{id, summary}`; metrics ROUGE-1/2/L F1 averaged over the reference summaries.
 */
import { summarizeReviews } from '../../workers/reviews/summarize-reviews.ts';
import type { SummarizeOptions } from '../../workers/reviews/reviews-types.ts';
import { rougeL, rougeN, rougeTokens } from './eval-rouge.ts';
import { elapsed, loadReviewModels } from './eval-review-models.ts';
import { readJsonl, writeJsonl, type EvalOptions } from './eval-args.ts';

interface Row {
  id: string;
  reviews: Array<{ text: string; rating?: number }>;
  summaries: string[];
}

export async function run(options: EvalOptions): Promise<Record<string, unknown>> {
  if (!options.input) throw new Error('eval summarize: give the input JSONL');
  const rows = readJsonl<Row>(options.input);
  const start = performance.now();
  let settings: SummarizeOptions = {};
  if (options.path === 'model') {
    const { classifier, embedder } = await loadReviewModels(options, true);
    settings = { score: (t) => classifier.scores(t), embed: embedder ? (t) => embedder.embed(t) : undefined, source: 'model' };
  }
  const predictions = [];
  let r1 = 0;
  let r2 = 0;
  let rl = 0;
  let words = 0;
  for (const row of rows) {
    const summary = await summarizeReviews(row.id, row.reviews, settings);
    predictions.push({ id: row.id, summary: summary.text });
    const c = rougeTokens(summary.text);
    words += c.length;
    const refs = row.summaries.map(rougeTokens);
    r1 += refs.reduce((s, r) => s + rougeN(c, r, 1), 0) / refs.length;
    r2 += refs.reduce((s, r) => s + rougeN(c, r, 2), 0) / refs.length;
    rl += refs.reduce((s, r) => s + rougeL(c, r), 0) / refs.length;
  }
  writeJsonl(options.out, predictions);
  const n = Math.max(rows.length, 1);
  return { task: 'summarize', path: options.path, n: rows.length, rouge1: r1 / n, rouge2: r2 / n, rougeL: rl / n, mean_words: words / n, ms: elapsed(start) };
}
