/**
 * Cross-validated choice of the Q&A support (abstention) rule: `npm run eval -- qa A.jsonl [B.jsonl …] --folds k`.
 *
 * Each question goes to fold `sha256(product id) mod k` (its ASIN, else its own id), so a product's
 * questions stay in one fold. For each fold, every rule of a fixed grid is scored on the other k-1
 * folds, the best one is kept (objective: the mean over the input files of balanced answerable
 * accuracy, so one large file does not decide alone; ties go to the rule listed first, the grid
 * starting from the production rule), and that rule's balanced accuracy is reported on the held-out
 * fold. One rule for all files: never one per data set. The same choice made over all folds is the
 * rule production should use.
 */
import { createHash } from 'node:crypto';
import type { SupportRule } from '../../workers/qa/answer-from-evidence.ts';
import { supportRule } from '../../workers/qa/answer-from-evidence.ts';

/** One question's outcome under every rule of the grid. */
export interface FoldItem {
  file: string;
  /** Product id (ASIN) or question id: what decides the fold. */
  group: string;
  /** Labelled answerable (any candidate labelled >= 1). */
  gold: boolean;
  /** Answered (true) or abstained (false), one entry per grid rule. */
  answered: boolean[];
}

/**
 * The rules compared: the production rule first, then every combination of the review / page-Q&A
 * thresholds (concepts 1-3, coverage 0.3-0.9 or never). Seller text keeps "one asked concept" unless
 * `tuneSeller` adds seller coverage 0.3 / 0.5 / 0.7 (docs/qa.md says why production does not).
 */
export function ruleGrid(tuneSeller = false): SupportRule[] {
  const rules: SupportRule[] = [supportRule];
  for (const otherConcepts of [1, 2, 3])
    for (const otherCoverage of [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01])
      for (const sellerCoverage of tuneSeller ? [0, 0.3, 0.5, 0.7] : [0]) {
        const rule = { otherConcepts, otherCoverage, sellerCoverage };
        if (!rules.some((r) => sameRule(r, rule))) rules.push(rule);
      }
  return rules;
}

const sameRule = (a: SupportRule, b: SupportRule) =>
  a.otherConcepts === b.otherConcepts && a.otherCoverage === b.otherCoverage && a.sellerCoverage === b.sellerCoverage;

/** The fold of a product or question id: the first 8 hex digits of its SHA-256, mod k. */
export function foldOf(group: string, k: number): number {
  return parseInt(createHash('sha256').update(group).digest('hex').slice(0, 8), 16) % k;
}

/** Balanced answerable accuracy (mean of abstain recall and answer recall) of one rule over some items. */
export function balancedAccuracy(items: readonly FoldItem[], rule: number): { balanced: number; abstainRecall: number; answerRecall: number; unanswerable: number; answerable: number } {
  let unanswerable = 0, abstained = 0, answerable = 0, answered = 0;
  for (const item of items) {
    if (item.gold) {
      answerable++;
      if (item.answered[rule]) answered++;
    } else {
      unanswerable++;
      if (!item.answered[rule]) abstained++;
    }
  }
  const abstainRecall = abstained / Math.max(unanswerable, 1);
  const answerRecall = answered / Math.max(answerable, 1);
  return { balanced: (abstainRecall + answerRecall) / 2, abstainRecall, answerRecall, unanswerable, answerable };
}

/** The objective: the mean over files of each file's balanced accuracy. */
function objective(items: readonly FoldItem[], rule: number, files: readonly string[]): number {
  const scores = files.map((f) => balancedAccuracy(items.filter((i) => i.file === f), rule).balanced);
  return scores.reduce((s, x) => s + x, 0) / Math.max(scores.length, 1);
}

/** The grid rule with the best objective over these items (the first one on ties). */
export function pickRule(items: readonly FoldItem[], rules: number, files: readonly string[]): number {
  let best = 0;
  let bestScore = -1;
  for (let r = 0; r < rules; r++) {
    const score = objective(items, r, files);
    if (score > bestScore + 1e-12) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

const round = (x: number) => Number(x.toFixed(3));

/** Runs k-fold cross-validation of the rule choice and reports held-out balanced accuracy per fold and file. */
export function crossValidate(items: readonly FoldItem[], grid: readonly SupportRule[], k: number) {
  const files = [...new Set(items.map((i) => i.file))];
  interface FoldScore { questions: number; unanswerable: number; balanced: number; abstain_recall: number; answer_recall: number }
  const folds: { fold: number; rule: SupportRule; train_objective: number; held_out: Record<string, FoldScore> }[] = [];
  const heldOutAnswered: boolean[] = [];
  const foldOfItem = items.map((i) => foldOf(i.group, k));
  for (let fold = 0; fold < k; fold++) {
    const train = items.filter((_, i) => foldOfItem[i] !== fold);
    const test = items.filter((_, i) => foldOfItem[i] === fold);
    const chosen = pickRule(train, grid.length, files);
    items.forEach((item, i) => { if (foldOfItem[i] === fold) heldOutAnswered[i] = item.answered[chosen]; });
    const perFile: Record<string, FoldScore> = Object.fromEntries(files.map((f) => {
      const m = balancedAccuracy(test.filter((i) => i.file === f), chosen);
      return [f, { questions: m.answerable + m.unanswerable, unanswerable: m.unanswerable, balanced: round(m.balanced), abstain_recall: round(m.abstainRecall), answer_recall: round(m.answerRecall) }];
    }));
    folds.push({ fold, rule: grid[chosen], train_objective: round(objective(train, chosen, files)), held_out: perFile });
  }
  // Every question predicted by the rule chosen without its fold: the pooled held-out estimate.
  const pooled = items.map((item, i) => ({ ...item, answered: [heldOutAnswered[i]] }));
  const mean = Object.fromEntries(files.map((f) => {
    const perFold = folds.map((x) => x.held_out[f].balanced);
    const all = balancedAccuracy(pooled.filter((i) => i.file === f), 0);
    return [f, { mean_of_folds: round(perFold.reduce((s, x) => s + x, 0) / k), pooled: round(all.balanced), pooled_abstain_recall: round(all.abstainRecall), pooled_answer_recall: round(all.answerRecall) }];
  }));
  const chosenOnAll = pickRule(items, grid.length, files);
  const production = grid.findIndex((r) => sameRule(r, supportRule));
  return {
    k, grid_size: grid.length, objective: 'mean over files of balanced answerable accuracy',
    folds, held_out_mean: mean,
    chosen_on_all_folds: grid[chosenOnAll],
    production_rule: supportRule,
    production_is_cv_choice: chosenOnAll === production,
    production_on_all: Object.fromEntries(files.map((f) => [f, round(balancedAccuracy(items.filter((i) => i.file === f), production).balanced)])),
  };
}
