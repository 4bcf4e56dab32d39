import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreQa } from '../../../scripts/eval/eval-qa-metrics.ts';
import { run } from '../../../scripts/eval/qa.ts';
import { balancedAccuracy, crossValidate, foldOf, pickRule, ruleGrid, type FoldItem } from '../../../scripts/eval/eval-qa-folds.ts';
import { supportRule } from '../../../workers/qa/answer-from-evidence.ts';

const sample = fileURLToPath(new URL('./fixtures/product-qa-sample.jsonl', import.meta.url));

describe('Q&A metrics', () => {
  it('computes P@1, MRR, graded nDCG@5 over answerable questions and answerability over all', () => {
    const m = scoreQa([
      { labels: [0, 2, 1], ranking: [1, 2, 0], answerable: true },
      { labels: [1, 0], ranking: [1, 0], answerable: true },
      { labels: [0, 0], ranking: [0, 1], answerable: true },
    ]);
    expect(m.n).toBe(2);
    expect(m.p_at_1).toBe(0.5);
    expect(m.mrr).toBe(0.75);
    const secondNdcg = 1 / Math.log2(3);
    expect(m.ndcg_at_5).toBeCloseTo((1 + secondNdcg) / 2, 10);
    expect(m.answerable_acc).toBeCloseTo(2 / 3, 10);
    // One unanswerable question, which did not abstain; both answerable ones answered.
    expect(m).toMatchObject({ abstain_recall: 0, answer_recall: 1, answerable_balanced_acc: 0.5 });
  });

  it('puts invalid or missing indices last, in order, like the reference scorer', () => {
    expect(scoreQa([{ labels: [0, 1], ranking: [7, -1], answerable: true }]).p_at_1).toBe(0);
    expect(scoreQa([{ labels: [0, 1], ranking: [1, 1], answerable: true }]).p_at_1).toBe(1);
  });
});

describe('npm run eval -- qa (light path)', () => {
  it('ranks the evidence that answers first, abstains where nothing answers, and writes predictions', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'aisle-qa-')), 'pred.jsonl');
    const metrics = await run({ input: sample, out, path: 'light', extra: {} });
    expect(metrics).toMatchObject({ task: 'qa', path: 'light', n: 2, p_at_1: 1, mrr: 1, answerable_acc: 1 });
    const predictions = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(predictions.map((p) => p.id)).toEqual(['sample-1', 'sample-2', 'sample-3']);
    expect(predictions[0]).toMatchObject({ answerable: true, ranking: [1, 3, 0, 2] });
    expect(predictions[0].answer).toContain('4.2');
    expect(predictions[2]).toMatchObject({ answerable: false, answer: null });
  });
});

describe('npm run eval -- qa --folds k (cross-validated abstention rule)', () => {
  const item = (file: string, group: string, gold: boolean, answered: boolean[]): FoldItem => ({ file, group, gold, answered });

  it('puts a product in one fold, the same one on every run', () => {
    expect(foldOf('B00TENT', 5)).toBe(foldOf('B00TENT', 5));
    const folds = new Set(Array.from({ length: 200 }, (_, i) => foldOf(`asin-${i}`, 5)));
    expect([...folds].sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it('picks the rule by balanced accuracy averaged over files, not by the larger file alone', () => {
    // Rule 0 answers everything (wins plain accuracy on the big file); rule 1 abstains on the unanswerable ones.
    const items = [
      ...Array.from({ length: 40 }, (_, i) => item('big', `b${i}`, true, [true, true])),
      item('big', 'bu', false, [true, true]),
      item('small', 's1', true, [true, true]),
      item('small', 's2', false, [true, false]),
    ];
    expect(pickRule(items, 2, ['big', 'small'])).toBe(1);
    expect(balancedAccuracy(items.filter((i) => i.file === 'small'), 1)).toMatchObject({ balanced: 1, unanswerable: 1 });
  });

  it('reports each held-out fold with the rule chosen on the other folds, and whether production is the cross-validated choice', () => {
    const grid = ruleGrid();
    expect(grid[0]).toEqual(supportRule);
    expect(new Set(grid.map((r) => JSON.stringify(r))).size).toBe(grid.length);
    // Only rule 3 tells the classes apart, in every fold.
    const items = Array.from({ length: 60 }, (_, i) => {
      const gold = i % 3 !== 0;
      return item(i % 2 ? 'a' : 'b', `p${i}`, gold, grid.map((_, r) => (r === 3 ? gold : true)));
    });
    const cv = crossValidate(items, grid, 3);
    expect(cv.folds).toHaveLength(3);
    for (const fold of cv.folds) {
      expect(fold.rule).toEqual(grid[3]);
      expect(fold.held_out.a.balanced).toBe(1);
    }
    expect(cv.held_out_mean.b).toMatchObject({ mean_of_folds: 1, pooled: 1 });
    expect(cv.chosen_on_all_folds).toEqual(grid[3]);
    expect(cv.production_is_cv_choice).toBe(false);
  });

  it('runs over the sample file and names the production rule', async () => {
    const metrics = await run({ input: sample, inputs: [sample], path: 'light', extra: { folds: '2' } });
    expect(metrics).toMatchObject({ task: 'qa', k: 2, production_rule: supportRule });
    expect((metrics.folds as unknown[]).length).toBe(2);
    await expect(run({ input: sample, path: 'light', extra: { folds: '1' } })).rejects.toThrow(/at least 2/);
  });
});
