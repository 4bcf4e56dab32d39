import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreQa } from '../../../scripts/eval/eval-qa-metrics.ts';
import { run } from '../../../scripts/eval/qa.ts';

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
