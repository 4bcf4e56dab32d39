/**
 * `npm run eval -- sentiment <input.jsonl> --out pred.jsonl [--path light|model] [--models dir]`
 * Input `{id, text, label}` (1 positive / 0 negative); prediction `{id, label}`; metric accuracy.
 * A text scored 0 or above counts as positive (the binary sets have no neutral class).
 */
import { lexiconScore } from '../../workers/reviews/lexicon-sentiment.ts';
import { elapsed, loadReviewModels } from './eval-review-models.ts';
import { readJsonl, writeJsonl, type EvalOptions } from './eval-args.ts';

interface Row {
  id: string;
  text: string;
  label: number;
}

export async function run(options: EvalOptions): Promise<Record<string, unknown>> {
  if (!options.input) throw new Error('eval sentiment: give the input JSONL');
  const rows = readJsonl<Row>(options.input);
  const start = performance.now();
  let scores: number[];
  if (options.path === 'model') {
    const { classifier } = await loadReviewModels(options);
    scores = await classifier.scores(rows.map((r) => r.text));
  } else scores = rows.map((r) => lexiconScore(r.text));
  const predictions = rows.map((r, i) => ({ id: r.id, label: scores[i] >= 0 ? 1 : 0 }));
  writeJsonl(options.out, predictions);
  const correct = predictions.filter((p, i) => p.label === Number(rows[i].label)).length;
  return { task: 'sentiment', path: options.path, n: rows.length, accuracy: correct / Math.max(rows.length, 1), ms: elapsed(start) };
}
