/** One scored question: graded labels of its candidates, a ranking, and the answerable call. */
export interface QaScoringItem {
  labels: number[];
  ranking: number[];
  answerable: boolean;
}

/** The Q&A metrics: P@1 (top label >= 1), MRR, graded nDCG@5, over answerable questions; answerability accuracy over all. */
export interface QaMetrics {
  n: number;
  p_at_1: number;
  mrr: number;
  ndcg_at_5: number;
  answerable_acc: number;
  /** Share of unanswerable questions that abstained, and of answerable ones that answered. */
  abstain_recall: number;
  answer_recall: number;
  /** The mean of the two recalls: accuracy that never-abstaining cannot win on a mostly answerable file. */
  answerable_balanced_acc: number;
  questions: number;
}

/** Completes a ranking the way the reference scorer does: valid unique indices, then the unranked in order. */
function fullRanking(ranking: number[], size: number): number[] {
  const seen = new Set<number>();
  const ranked = ranking.filter((i) => Number.isInteger(i) && i >= 0 && i < size && !seen.has(i) && seen.add(i));
  for (let i = 0; i < size; i++) if (!seen.has(i)) ranked.push(i);
  return ranked;
}

/** Scores Q&A predictions with the metrics of the issue (same definitions as the shared reference scorer). */
export function scoreQa(items: QaScoringItem[]): QaMetrics {
  let n = 0, p1 = 0, mrr = 0, ndcg = 0, answerableOk = 0, questions = 0, abstained = 0;
  for (const item of items) {
    if (!item.labels.length) continue;
    questions++;
    const answerable = item.labels.some((l) => l >= 1);
    if (item.answerable === answerable) answerableOk++;
    if (!answerable) {
      if (!item.answerable) abstained++;
      continue;
    }
    n++;
    const rank = fullRanking(item.ranking, item.labels.length);
    if (item.labels[rank[0]] >= 1) p1++;
    const firstRelevant = rank.findIndex((i) => item.labels[i] >= 1);
    if (firstRelevant >= 0) mrr += 1 / (firstRelevant + 1);
    const gain = (label: number, k: number) => (2 ** label - 1) / Math.log2(k + 2);
    const dcg = rank.slice(0, 5).reduce((s, i, k) => s + gain(item.labels[i], k), 0);
    const idcg = [...item.labels].sort((a, b) => b - a).slice(0, 5).reduce((s, l, k) => s + gain(l, k), 0);
    if (idcg) ndcg += dcg / idcg;
  }
  const per = (x: number) => x / Math.max(n, 1);
  const unanswerable = questions - n;
  const abstainRecall = abstained / Math.max(unanswerable, 1);
  const answerRecall = (answerableOk - abstained) / Math.max(n, 1);
  return {
    n, p_at_1: per(p1), mrr: per(mrr), ndcg_at_5: per(ndcg), answerable_acc: answerableOk / Math.max(questions, 1),
    abstain_recall: abstainRecall, answer_recall: answerRecall, answerable_balanced_acc: (abstainRecall + answerRecall) / 2, questions,
  };
}
