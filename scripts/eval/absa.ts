/**
 * `npm run eval -- absa <input.jsonl> --out pred.jsonl [--path light|model] [--models dir]`
 * Input: records of ../shared/eval/absa_semeval14 (`{id, sentence, aspects: [{term, from, to, polarity}]}`).
 * Prediction `{id, aspects: [{term, polarity}] (found without the gold), gold_polarities: [one per gold term]}`.
 * Metrics: aspect-term F1 (exact text, case-insensitive), polarity accuracy and macro-F1 on the gold
 * terms (positive / negative / neutral; 'conflict' skipped).
 */
import { aspectScores, lexiconScores } from '../../workers/reviews/aspect-sentiment.ts';
import type { ScoreTexts } from '../../workers/reviews/reviews-types.ts';
import { aspectTerms } from '../../workers/reviews/aspect-terms.ts';
import { polarityOf } from '../../workers/reviews/lexicon-sentiment.ts';
import { elapsed, loadReviewModels } from './eval-review-models.ts';
import { readJsonl, writeJsonl, type EvalOptions } from './eval-args.ts';

interface Row {
  id: string;
  sentence: string;
  aspects: Array<{ term: string; from: number; to: number; polarity: string }>;
}

const POLARITIES = ['positive', 'negative', 'neutral'];

export async function run(options: EvalOptions): Promise<Record<string, unknown>> {
  if (!options.input) throw new Error('eval absa: give the input JSONL');
  const rows = readJsonl<Row>(options.input);
  const start = performance.now();
  let score: ScoreTexts = lexiconScores;
  if (options.path === 'model') {
    const { classifier } = await loadReviewModels(options);
    score = (texts) => classifier.scores(texts);
  }
  const found = rows.map((r) => aspectTerms(r.sentence));
  const foundScores = await aspectScores(
    rows.flatMap((r, i) => found[i].map((span) => ({ sentence: r.sentence, start: span.start, end: span.end, others: found[i].filter((o) => o !== span) }))),
    score,
  );
  const goldScores = await aspectScores(
    rows.flatMap((r) =>
      r.aspects.map((a) => ({ sentence: r.sentence, start: a.from, end: a.to, others: r.aspects.filter((o) => o !== a).map((o) => ({ start: o.from, end: o.to })) })),
    ),
    score,
  );
  let f = 0;
  let g = 0;
  const predictions = rows.map((r, i) => ({
    id: r.id,
    aspects: found[i].map((span) => ({ term: span.term, polarity: polarityOf(foundScores[f++]) })),
    gold_polarities: r.aspects.map(() => polarityOf(goldScores[g++])),
  }));
  writeJsonl(options.out, predictions);
  return { task: 'absa', path: options.path, ...absaMetrics(rows, predictions), ms: elapsed(start) };
}

/** The metrics of the contract, computed as the reference scorer does. */
function absaMetrics(rows: Row[], predictions: Array<{ aspects: Array<{ term: string }>; gold_polarities: string[] }>) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let correct = 0;
  let total = 0;
  const confusion = new Map<string, number>();
  rows.forEach((row, i) => {
    const gold = row.aspects.map((a) => a.term.toLowerCase().trim());
    const left = [...gold];
    for (const { term } of predictions[i].aspects) {
      const k = left.indexOf(term.toLowerCase().trim());
      if (k >= 0) {
        tp++;
        left.splice(k, 1);
      } else fp++;
    }
    fn += left.length;
    row.aspects.forEach((a, k) => {
      if (!POLARITIES.includes(a.polarity)) return;
      total++;
      const p = predictions[i].gold_polarities[k];
      if (p === a.polarity) correct++;
      confusion.set(`${a.polarity}>${p}`, (confusion.get(`${a.polarity}>${p}`) ?? 0) + 1);
    });
  });
  const precision = tp / Math.max(tp + fp, 1);
  const recall = tp / Math.max(tp + fn, 1);
  const classF1 = POLARITIES.map((c) => {
    const tpc = confusion.get(`${c}>${c}`) ?? 0;
    let fpc = 0;
    let fnc = 0;
    for (const [key, v] of confusion) {
      const [gold, pred] = key.split('>');
      if (pred === c && gold !== c) fpc += v;
      if (gold === c && pred !== c) fnc += v;
    }
    return (2 * tpc) / Math.max(2 * tpc + fpc + fnc, 1);
  });
  return {
    n_sentences: rows.length,
    term_precision: precision,
    term_recall: recall,
    term_f1: (2 * precision * recall) / Math.max(precision + recall, 1e-9),
    polarity_acc: correct / Math.max(total, 1),
    polarity_macro_f1: classF1.reduce((a, b) => a + b, 0) / 3,
    n_terms: total,
  };
}
