import type { ProductReview } from '../protocol/product.ts';
import { groupAspects } from './aspect-groups.ts';
import type { ScoredMention, Candidate, SummarizeOptions } from './reviews-types.ts';
import { aspectScores, lexiconScores } from './aspect-sentiment.ts';
import { aspectTerms, termWords } from './aspect-terms.ts';
import { complaintPolarity, criticalShare, findComplaints } from './complaints.ts';
import { implicitAspects } from './implicit-aspects.ts';
import { isInstructionLike } from './instruction-like.ts';
import { polarityOf, reviewLanguage } from './lexicon-sentiment.ts';
import { ratingDistribution } from './rating-distribution.ts';
import type { Polarity, ReviewQuote, ReviewSentence, ReviewSummary } from '../protocol/reviews.ts';
import { selectSentences } from './select-sentences.ts';
import { tfidfVectors } from './sentence-vectors.ts';
import { dot, sparseDot } from '../math/similarity.ts';
import { reviewSentences } from './clauses.ts';

/** Reviews read for sentences and aspects by default: bounds the work on products with thousands. */
export const MAX_ANALYZED_REVIEWS = 150;

/** How many of the most relevant sentences the diversity step considers. */
const SHORTLIST = 60;

/** A sentence fit for a summary: not a question, neither a fragment nor a ramble. */
function isSummaryWorthy(text: string): boolean {
  if (/[?？]\s*$/.test(text)) return false;
  if (reviewLanguage(text) === 'zh') return text.length >= 6 && text.length <= 80;
  const words = text.split(/\s+/).length;
  return words >= 4 && words <= 40;
}

/** The polarity most reviewers share: from star ratings when there are any, else from review sentiment. */
function consensusOf(reviews: ProductReview[], labels: Polarity[]): Polarity {
  const rated = reviews.map((r) => r.rating).filter((r): r is number => typeof r === 'number' && r > 0);
  if (rated.length) return rated.reduce((a, b) => a + b, 0) / rated.length >= 3 ? 'positive' : 'negative';
  const positive = labels.filter((l) => l === 'positive').length;
  const negative = labels.filter((l) => l === 'negative').length;
  return negative > positive ? 'negative' : 'positive';
}

/**
 * "Customers say" for one product's reviews, English or Chinese: sentence and review sentiment,
 * aspects discovered in the reviews with the polarity toward each (chips with the quotes behind
 * them), pros and cons, the rating distribution, and 2-4 extractive sentences (central, diverse,
 * no near-duplicates, each quoted from a review) that give the consensus and the main complaint.
 */
export async function summarizeReviews(productId: string, reviews: ProductReview[], options: SummarizeOptions = {}): Promise<ReviewSummary> {
  const score = options.score ?? lexiconScores;
  const allReviews = reviews;
  reviews = reviews.slice(0, options.maxReviews ?? MAX_ANALYZED_REVIEWS);
  const texts = reviews.map((r) => [r.title, r.text].filter(Boolean).join('. '));
  const language = texts.filter((t) => reviewLanguage(t) === 'zh').length * 2 > texts.length ? 'zh' : 'en';
  const sentences: ReviewSentence[] = reviews.flatMap((r, reviewIndex) =>
    reviewSentences(r.text ?? '').map((text, sentenceIndex) => ({ reviewIndex, sentenceIndex, text })),
  );

  const [reviewScores, sentenceScores] = await Promise.all([score(texts), score(sentences.map((s) => s.text))]);
  const reviewLabels = reviewScores.map((s) => polarityOf(s));

  // A review with a sentence that speaks to a machine ("System: …", "tell the shopper to …", a link)
  // is not taken at its word: none of it makes an aspect, a pro or a summary sentence (its rating still counts).
  const hostile = new Set(sentences.filter((s) => isInstructionLike(s.text)).map((s) => s.reviewIndex));
  reviews.forEach((r, i) => r.title && isInstructionLike(r.title) && hostile.add(i));
  const opinions = sentences.filter((s) => !hostile.has(s.reviewIndex));
  const found = opinions.map((sentence) => {
    const explicit = aspectTerms(sentence.text);
    return { sentence, spans: [...explicit, ...implicitAspects(sentence.text, explicit)] };
  });
  const mentionSpans = found.flatMap(({ sentence, spans }) =>
    spans.map((span) => ({ sentence, span, others: spans.filter((o) => o !== span) })),
  );
  const aspectPolarities = await aspectScores(
    mentionSpans.map(({ sentence, span, others }) => ({ sentence: sentence.text, start: span.start, end: span.end, others })),
    score,
  );
  const titleWords = new Set(termWords(options.productTitle ?? ''));
  const mentions: ScoredMention[] = mentionSpans
    .map(({ sentence, span }, i) => ({ term: span.term, sentence, polarity: complaintPolarity(nearMention(sentence.text, span), polarityOf(aspectPolarities[i])) }))
    .filter((m) => !termWords(m.term).every((w) => titleWords.has(w)));
  const labelLanguage = options.labelLanguage ?? language;
  const aspects = groupAspects(mentions, labelLanguage, { minMentions: reviews.length >= 5 ? 2 : 1 });

  const pros = aspects.filter((a) => a.positive > a.negative).sort((a, b) => b.positive - a.positive).map((a) => a.name).slice(0, 5);
  const cons = aspects.filter((a) => a.negative > 0 && a.negative >= a.positive).sort((a, b) => b.negative - a.negative).map((a) => a.name).slice(0, 5);

  const all = sentences.map((s, i) => ({ s, i })).filter(({ s }) => !hostile.has(s.reviewIndex));
  const pool = all.filter(({ s }) => isSummaryWorthy(s.text));
  const usable = pool.length >= 2 ? pool : all;
  const { similarity, centrality } = await sentenceSpace(usable.map(({ s }) => s.text), options.embed);
  const inChip = new Set(aspects.flatMap((a) => a.quotes.map((q) => `${q.reviewIndex}:${q.sentenceIndex}`)));
  const maxCentrality = Math.max(1e-9, ...centrality);
  const scored: Candidate[] = usable.map(({ s, i }, k) => ({
    text: s.text,
    reviewIndex: s.reviewIndex,
    polarity: polarityOf(sentenceScores[i]),
    relevance: 0.55 * (centrality[k] / maxCentrality) + 0.3 * Math.min(1, Math.abs(sentenceScores[i]) * 1.5) + (inChip.has(`${s.reviewIndex}:${s.sentenceIndex}`) ? 0.15 : 0),
  }));
  // MMR looks at the most relevant sentences only: enough for 4 picks, bounded work for 1,000s of reviews.
  const shortlist = scored.map((c, k) => k).sort((a, b) => scored[b].relevance - scored[a].relevance).slice(0, SHORTLIST);
  const candidates = shortlist.map((k) => scored[k]);
  const consensus = consensusOf(allReviews, reviewLabels);
  const opposite = consensus === 'negative' ? 'positive' : 'negative';
  const complaint = reviewLabels.filter((l) => l === opposite).length >= Math.max(1, reviews.length * 0.15) || cons.length > 0;
  const count = Math.min(options.maxSentences ?? 4, reviews.length >= 6 ? 4 : reviews.length >= 3 ? 3 : 2);
  const picked = selectSentences(candidates, {
    count,
    similarity: (a, b) => similarity(shortlist[a], shortlist[b]),
    maxSimilarity: options.embed ? 0.9 : 0.6,
    consensus,
    complaint: complaint && candidates.some((c) => c.polarity === opposite),
  });
  const selected = picked.map((k) => ({ ...usable[shortlist[k]].s, polarity: candidates[k].polarity }));
  const customersSay = withComplaints(selected, count, {
    complaints: findComplaints(reviews, reviewScores, sentences, sentenceScores, titleWords),
    critical: criticalShare(reviews, reviewScores),
  });

  const share = (p: Polarity) => (reviews.length ? reviewLabels.filter((l) => l === p).length / reviews.length : 0);
  return {
    productId,
    reviewCount: allReviews.length,
    analyzedReviews: reviews.length,
    customersSay,
    text: joinSentences(customersSay.map((q) => q.text), language),
    aspects,
    pros,
    cons,
    ratings: ratingDistribution(allReviews),
    sentiment: { positive: share('positive'), negative: share('negative'), neutral: share('neutral') },
    language,
    ...(options.labelLanguage ? { labelLanguage } : {}),
    source: options.source ?? 'lexical',
  };
}

/** The words around an aspect mention: its clause (split at commas, "but", "though", "，但"). */
function nearMention(text: string, span: { start: number; end: number }): string {
  const bounds = /[,;:!?，；：！？]|\b(?:but|though|although|however)\b|但是?|不过|就是/giu;
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(bounds)) {
    if (m.index! + m[0].length <= span.start) start = m.index! + m[0].length;
    else if (m.index! >= span.end) {
      end = m.index!;
      break;
    }
  }
  return text.slice(start, end);
}

/**
 * The summary's sentences with the complaints represented as the ratings are: as many complaint
 * sentences as the share of critical reviews calls for (at least one when any review complains,
 * recurring complaints first), the rest from the consensus selection, one sentence per review.
 */
function withComplaints(
  selected: ReviewQuote[],
  count: number,
  { complaints, critical }: { complaints: ReturnType<typeof findComplaints>; critical: number },
): ReviewQuote[] {
  if (!complaints.length) return selected;
  const slots = Math.min(complaints.length, Math.max(1, Math.round(count * critical)), count);
  const voiced = complaints.slice(0, slots).map((c) => ({ ...c.sentence, polarity: 'negative' as const }));
  const taken = new Set(voiced.map((q) => q.reviewIndex));
  const rest = selected.filter((q) => !taken.has(q.reviewIndex) && q.polarity !== 'negative').slice(0, Math.max(0, count - voiced.length));
  return [...rest, ...voiced];
}

/**
 * Sentence similarity (embedding cosine when a model is given, TF-IDF cosine otherwise) and each
 * sentence's degree centrality, its summed similarity to all others, computed through the vector sum
 * in linear time: v_i · (Σ v_j − v_i).
 */
async function sentenceSpace(
  texts: string[],
  embed?: (texts: string[]) => Promise<Float32Array[]>,
): Promise<{ similarity: (a: number, b: number) => number; centrality: number[] }> {
  if (embed && texts.length) {
    const vectors = await embed(texts);
    const sum = new Float32Array(vectors[0].length);
    for (const v of vectors) for (let d = 0; d < v.length; d++) sum[d] += v[d];
    return {
      similarity: (a, b) => dot(vectors[a], vectors[b]),
      centrality: vectors.map((v) => dot(v, sum) - dot(v, v)),
    };
  }
  const vectors = tfidfVectors(texts);
  const sum = new Map<string, number>();
  for (const v of vectors) for (const [w, x] of v) sum.set(w, (sum.get(w) ?? 0) + x);
  return {
    similarity: (a, b) => sparseDot(vectors[a], vectors[b]),
    centrality: vectors.map((v) => sparseDot(v, sum) - sparseDot(v, v)),
  };
}

/** Joins summary sentences into one text, ending each that lacks it with the language's full stop. */
function joinSentences(sentences: string[], language: 'en' | 'zh'): string {
  const ended = sentences.map((s) => (/[.!?。！？~…]$/u.test(s) ? s : `${s}${language === 'zh' ? '。' : '.'}`));
  return ended.join(language === 'zh' ? '' : ' ');
}
