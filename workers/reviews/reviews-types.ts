/**
 * The types the reviews room's modules share with each other and with the room's callers
 * (docs/architecture.md, "Room naming convention"). Types the page also sees live in workers/protocol/.
 */
import type { AnswerSource } from '../protocol/answer.ts';
import type { ReviewSentence, Polarity } from '../protocol/reviews.ts';

/** One aspect mention: the term, the sentence it is in, and the polarity toward it there. */
export interface ScoredMention {
  term: string;
  sentence: ReviewSentence;
  polarity: Polarity;
}

/** Scores texts in [-1, 1]: the lexicon (sync) or a model (batched). */
export type ScoreTexts = (texts: string[]) => Promise<number[]>;

/** One aspect term found in a sentence: its exact text and character span. */
export interface TermSpan {
  term: string;
  start: number;
  end: number;
}

/** One candidate sentence for the summary. */
export interface Candidate {
  text: string;
  reviewIndex: number;
  polarity: Polarity;
  /** How much it says about the common topics: centrality, opinion and aspects, 0 … 1. */
  relevance: number;
}

/** How the summary is made: the light path by default, a model's scores and embeddings when given. */
export interface SummarizeOptions {
  /** Sentiment scores in [-1, 1] (default: the lexicons). */
  score?: ScoreTexts;
  /** Sentence embeddings, unit length (default: TF-IDF vectors). */
  embed?: (texts: string[]) => Promise<Float32Array[]>;
  source?: AnswerSource;
  /** Most sentences in "customers say" (2-4). */
  maxSentences?: number;
  /** The product's own name: its words name the product, not an aspect of it, so they make no chip. */
  productTitle?: string;
  /** Most reviews read for sentences and aspects, in the order given (default 150); ratings count all. */
  maxReviews?: number;
  /** The shopper's language: aspect names and pros/cons are given in it (default: the reviews' language). */
  labelLanguage?: 'en' | 'zh';
}
