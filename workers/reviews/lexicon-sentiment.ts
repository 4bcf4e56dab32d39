import { hasHan } from '../text/tokenize.ts';
import { chineseSentiment } from './chinese-sentiment.ts';
import { englishSentiment } from './english-sentiment.ts';
import type { Polarity, SentimentResult } from '../protocol/reviews.ts';

/** Scores closer to zero than this are neutral (VADER's own ±0.05 convention). */
export const NEUTRAL_BAND = 0.05;

/** The language a review is written in, by script: any Chinese character makes it Chinese. */
export function reviewLanguage(text: string): 'en' | 'zh' {
  return hasHan(text) ? 'zh' : 'en';
}

/** The label of a score in [-1, 1]. */
export function polarityOf(score: number, band = NEUTRAL_BAND): Polarity {
  return score >= band ? 'positive' : score <= -band ? 'negative' : 'neutral';
}

/** Lexicon score of a text in [-1, 1]: VADER for English, the Chinese lexicon for Chinese. */
export function lexiconScore(text: string): number {
  return reviewLanguage(text) === 'zh' ? chineseSentiment(text) : englishSentiment(text);
}

/** The light path's sentiment of one text: no model, instant, English or Chinese. */
export function lexiconSentiment(text: string): SentimentResult {
  const score = lexiconScore(text);
  return { text, score, label: polarityOf(score), language: reviewLanguage(text), source: 'lexical' };
}
