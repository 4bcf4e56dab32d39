import type { AnalyzedQuestion, RankedEvidence } from './qa-types.ts';
import type { Polarity } from '../protocol/reviews.ts';
import type { Evidence } from '../protocol/answer.ts';
import type { OpinionCount } from '../protocol/answer.ts';
import { reviewPolarity } from './review-polarity.ts';

/** Review counts for an opinion question, and the review sentences to quote (candidate indices). */
export interface ReviewOpinions {
  count: OpinionCount;
  quotes: number[];
}

const sign: Record<Polarity, number> = { positive: 1, negative: -1, neutral: 0 };

/**
 * Counts the reviews that talk about what the question asks ("is the battery good?" -> reviews
 * with a sentence about battery or its synonyms) and how each of them leans, one vote per
 * review. With no aspect ("is it any good?", "值得买吗") every review counts, as a whole.
 */
export function countReviewOpinions(question: AnalyzedQuestion, candidates: readonly Evidence[], ranked: RankedEvidence): ReviewOpinions {
  const aspects = new Set(question.concepts.filter((c) => !c.namesProduct));
  const aspectName = [...aspects].map((c) => c.topics[0]?.name[question.language] ?? c.word);
  const aboutAspect = (i: number) => {
    if (candidates[i].kind !== 'review') return false;
    if (!aspects.size) return true;
    const m = ranked.matches[i];
    return [...m.exact, ...m.related].some((c) => aspects.has(c));
  };
  const sentences = ranked.order.filter(aboutAspect);
  const lean = new Map<number, number>();
  for (const i of sentences) {
    const e = candidates[i];
    const review = e.review ?? -1 - i;
    lean.set(review, (lean.get(review) ?? 0) + sign[reviewPolarity(e.text, e.rating)]);
  }
  const votes = [...lean.values()];
  const quoted = new Set<number>();
  const quotes = sentences.filter((i) => {
    const review = candidates[i].review ?? -1 - i;
    if (quoted.has(review)) return false;
    quoted.add(review);
    return true;
  });
  return {
    count: {
      aspect: [...new Set(aspectName)].join(question.language === 'zh' ? '、' : ' and '),
      mentions: votes.length,
      positive: votes.filter((v) => v > 0).length,
      negative: votes.filter((v) => v < 0).length,
      neutral: votes.filter((v) => v === 0).length,
    },
    quotes,
  };
}
