import vader from 'vader-sentiment';
import { PHRASE_NEGATION, REVIEW_PHRASES } from './review-phrases.ts';

/** VADER's normalisation of a raw valence sum into [-1, 1] (alpha 15, as in the paper). */
const normalize = (sum: number) => sum / Math.sqrt(sum * sum + 15);

/** Raw valence VADER would need to reach a compound score (inverse of `normalize`). */
const denormalize = (compound: number) => {
  const c = Math.max(-0.9999, Math.min(0.9999, compound));
  return (c * Math.sqrt(15)) / Math.sqrt(1 - c * c);
};

/**
 * Sum of the review phrases in a text, each flipped when a negation stands just before it. Earlier
 * (longer) phrases win: a matched span is blanked so "dies fast" is not also read as "fast".
 */
export function reviewPhraseValence(text: string): number {
  let sum = 0;
  let rest = text;
  for (const [pattern, valence] of REVIEW_PHRASES) {
    for (const match of [...rest.matchAll(new RegExp(pattern.source, 'gi'))]) {
      const before = rest.slice(Math.max(0, match.index - 24), match.index);
      sum += PHRASE_NEGATION.test(before) ? -valence * 0.74 : valence;
      rest = rest.slice(0, match.index) + ' '.repeat(match[0].length) + rest.slice(match.index + match[0].length);
    }
  }
  return sum;
}

/**
 * English sentiment of one clause or sentence in [-1, 1]: VADER (Hutto & Gilbert, ICWSM 2014, via
 * the authors' `vader-sentiment` port: lexicon, boosters, negation, "but", caps, punctuation) plus the
 * shopping-review phrases VADER's lexicon lacks, summed on VADER's own valence scale.
 */
export function englishSentiment(text: string): number {
  const cached = memo.get(text);
  if (cached !== undefined) return cached;
  const compound = vader.SentimentIntensityAnalyzer.polarity_scores(text).compound;
  const phrases = reviewPhraseValence(text);
  const score = phrases === 0 ? compound : normalize(denormalize(compound) + phrases);
  if (memo.size >= MEMO_SIZE) memo.delete(memo.keys().next().value!);
  memo.set(text, score);
  return score;
}

/** Recent scores: a sentence is scored whole, per clause and as aspect context, often more than once. */
const memo = new Map<string, number>();
const MEMO_SIZE = 4096;
