/**
 * Complaints in reviews, so a summary cannot hide them: which sentence of a review complains, which
 * complaints recur across reviewers, and fit remarks ("runs large", "鞋码偏小"), which are a caveat
 * for the next buyer, never praise. English and Chinese; words, not a model, so the light path and
 * the model path agree on what counts as a complaint.
 */
import type { ProductReview } from '../protocol/product.ts';
import type { Polarity, ReviewSentence } from '../protocol/reviews.ts';
import { isFitRemark } from '../text/fit-remark.ts';
import { stem } from '../text/stem.ts';
import { contentWords } from './sentence-vectors.ts';

/** Words of wanting something different or naming a fault (beyond what a sentiment lexicon scores). */
const faultCue =
  /\b(?:wish|wished|prefer|wanted|would like|only (?:issue|problem|complaint|thing)|problem|issues?|shr[iau]nk|shrinks?|fell apart|falls apart|ripped|rips|broke|broken|pilled|pills|chafed?|itchy|stank|stinks?|smells?|odou?r|snags?|needs? (?:a|more)|not (?:warm|waterproof|worth|flattering|enough)|isn't|doesn't|didn't|wouldn't|can't)\b|希望|要是|可惜|就是|美中不足|缺点|不够|掉色|起球|缩水|开线|异味|太[大小紧松短长薄厚]/iu;

export { isFitRemark };

/**
 * An aspect's polarity, corrected for what a sentiment lexicon misses, from the words around the
 * mention (`near`, the clause it sits in): a fit remark is never praise, and a mention beside a named
 * fault or a wish ("still stank", "would like a tighter fit") is a complaint.
 */
export function complaintPolarity(near: string, polarity: Polarity): Polarity {
  if (isFitRemark(near) || faultCue.test(near)) return 'negative';
  return polarity;
}

/**
 * How strongly a sentence complains: a sentence that names a fault or a fit remark always outranks
 * one that only reads negative (a sentiment model may score "I gave it to my sister." lower than
 * "Mine shrunk!"), then negative sentiment orders them; a fragment counts less.
 */
export function complaintStrength(text: string, score: number): number {
  const named = (faultCue.test(text) ? 0.6 : 0) + (isFitRemark(text) ? 0.6 : 0);
  const strength = Math.max(0, -score) * 0.5 + (named ? 0.5 + named : 0);
  const short = /\p{Script=Han}/u.test(text) ? text.length < 6 : text.split(/\s+/).length < 4;
  return short ? strength * 0.7 : strength;
}

/** A review is critical when rated 3 stars or fewer (or, unrated, when it reads negative). */
function isCritical(review: ProductReview, reviewScore: number): boolean {
  return typeof review.rating === 'number' && review.rating > 0 ? review.rating <= 3 : reviewScore < 0;
}

/** One complaint: the sentence that voices it best, and every review that voices it. */
export interface Complaint {
  sentence: ReviewSentence;
  reviews: number[];
}

/**
 * The complaints in a product's reviews, most reviewers first: each critical review's most
 * complaining sentence, and any fit remark in the others ("great fabric. Runs large, though."),
 * grouped when two reviews share a content word stem ("shrunk" … "shrunk"), so a complaint two
 * reviewers make counts twice.
 */
export function findComplaints(
  reviews: ProductReview[],
  reviewScores: number[],
  sentences: ReviewSentence[],
  sentenceScores: number[],
  /** Stems that cannot tie two complaints together (the product's own name: "shirt"). */
  ignore: ReadonlySet<string> = new Set(),
): Complaint[] {
  const picks: { index: number; strength: number }[] = [];
  reviews.forEach((review, r) => {
    const own = sentences.map((s, i) => ({ s, i })).filter(({ s }) => s.reviewIndex === r);
    const ranked = own
      .map(({ s, i }) => ({ index: i, strength: complaintStrength(s.text, sentenceScores[i]), fit: isFitRemark(s.text) }))
      .sort((a, b) => b.strength - a.strength);
    const best = ranked[0];
    if (!best || best.strength < 0.1) return;
    if (isCritical(review, reviewScores[r] ?? 0) || best.fit) picks.push(best);
  });
  const stems = (i: number) => new Set(contentWords(sentences[i].text).map(stem).filter((w) => !ignore.has(w)));
  const groups: { members: { index: number; strength: number }[]; words: Set<string> }[] = [];
  for (const pick of picks.sort((a, b) => b.strength - a.strength)) {
    const words = stems(pick.index);
    const group = groups.find((g) => [...words].some((w) => w.length > 3 && g.words.has(w)));
    if (group) {
      group.members.push(pick);
      for (const w of words) group.words.add(w);
    } else groups.push({ members: [pick], words });
  }
  return groups
    .sort((a, b) => b.members.length - a.members.length || b.members[0].strength - a.members[0].strength)
    .map((g) => ({ sentence: sentences[g.members[0].index], reviews: [...new Set(g.members.map((m) => sentences[m.index].reviewIndex))] }));
}

/** Share of reviews that are critical (3 stars or fewer), from the star ratings where given. */
export function criticalShare(reviews: ProductReview[], reviewScores: number[]): number {
  if (!reviews.length) return 0;
  return reviews.filter((r, i) => isCritical(r, reviewScores[i] ?? 0)).length / reviews.length;
}
