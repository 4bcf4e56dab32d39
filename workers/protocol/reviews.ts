import type { AnswerSource } from './answer.ts';

/** Types of review intelligence: sentiment, aspects and the "customers say" summary. */

/** Polarity of a text or of an opinion toward an aspect. */
export type Polarity = 'positive' | 'negative' | 'neutral';

/** Sentiment of one text: a score in [-1, 1], its label, and which path scored it. */
export interface SentimentResult {
  text: string;
  /** -1 (very negative) to 1 (very positive). */
  score: number;
  label: Polarity;
  /** The reviews' language (most of them); quotes are verbatim in theirs. */
  language: 'en' | 'zh';
  /**
   * The language of the aspect names and pros/cons, set when a shopper's language was asked for (a
   * Chinese shopper on an English page): the names come from the aspect vocabulary in it; without it
   * they are in the reviews' language.
   */
  labelLanguage?: 'en' | 'zh';
  source: AnswerSource;
}

/** A sentence of one review: where it came from, so every quote traces back to a review. */
export interface ReviewSentence {
  /** Index of the review in the product's `reviews` array. */
  reviewIndex: number;
  /** Index of the sentence inside that review. */
  sentenceIndex: number;
  text: string;
}

/** A review sentence quoted as evidence for an aspect or the summary, with its polarity. */
export interface ReviewQuote extends ReviewSentence {
  polarity: Polarity;
}

/** One aspect reviewers talk about ("battery", "fit"), with the quotes behind its counts. */
export interface AspectChip {
  /** Stable key of the group (a category id such as "battery", or the head term). */
  id: string;
  /** Display name: the category name from the seed lists, or the most frequent term (glossed into the summary's `labelLanguage` when the glossary knows it). */
  name: string;
  /** Set when `name` is a review's own word in another language than the summary's labels (no vocabulary word for it). */
  nameLang?: 'en' | 'zh';
  /** The surface terms grouped under this aspect ("battery life", "battery"). */
  terms: string[];
  positive: number;
  negative: number;
  neutral: number;
  /** Every mention: exactly `positive + negative + neutral` quotes. */
  quotes: ReviewQuote[];
}

/** How many reviews gave each star rating (index 0 = 1 star … 4 = 5 stars). */
export interface RatingDistribution {
  counts: [number, number, number, number, number];
  total: number;
  /** Mean of the rated reviews, undefined when none has a rating. */
  average?: number;
}

/** The whole "customers say" answer for one product. */
export interface ReviewSummary {
  productId: string;
  reviewCount: number;
  /** How many of them were read for sentences and aspects (the first ones given; ratings count all). */
  analyzedReviews: number;
  /** 2-4 sentences taken from the reviews, each traceable to its review. */
  customersSay: ReviewQuote[];
  /** The summary as one text (the sentences joined). */
  text: string;
  aspects: AspectChip[];
  /** Aspect names most reviewers like / dislike. */
  pros: string[];
  cons: string[];
  ratings: RatingDistribution;
  /** Share of positive / negative / neutral reviews by review sentiment. */
  sentiment: { positive: number; negative: number; neutral: number };
  /** The reviews' language (most of them); quotes are verbatim in theirs. */
  language: 'en' | 'zh';
  /**
   * The language of the aspect names and pros/cons, set when a shopper's language was asked for (a
   * Chinese shopper on an English page): the names come from the aspect vocabulary in it; without it
   * they are in the reviews' language.
   */
  labelLanguage?: 'en' | 'zh';
  source: AnswerSource;
}
