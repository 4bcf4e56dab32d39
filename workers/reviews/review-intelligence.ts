import type { Product } from '../protocol/product.ts';
import type { Embedder } from '../runtime/embedder.ts';
import { lexiconScores, type ScoreTexts } from './aspect-sentiment.ts';
import { lexiconSentiment, polarityOf, reviewLanguage } from './lexicon-sentiment.ts';
import type { ReviewSummary, SentimentResult } from '../protocol/reviews.ts';
import type { SentimentClassifier } from './sentiment-classifier.ts';
import { summarizeReviews } from './summarize-reviews.ts';

/**
 * The engine's review room: sentiment of any texts and "customers say" for a product. Answers from
 * the lexicons at once; once a sentiment classifier (and the embedding model) is attached, answers
 * come from the model path and say so (`source: 'model'`).
 */
export class ReviewIntelligence {
  private classifier?: SentimentClassifier;
  private embedder?: Embedder;
  private readonly cache = new Map<string, ReviewSummary>();

  /** Switches sentiment to the model path. */
  attachClassifier(classifier: SentimentClassifier): void {
    this.classifier = classifier;
    this.cache.clear();
  }

  /** Lets summaries measure sentence similarity with the embedding model. */
  attachEmbedder(embedder: Embedder): void {
    this.embedder = embedder;
    this.cache.clear();
  }

  /** Forgets cached summaries (the catalog changed). */
  clear(): void {
    this.cache.clear();
  }

  get hasModel(): boolean {
    return this.classifier !== undefined;
  }

  private get score(): ScoreTexts {
    const classifier = this.classifier;
    return classifier ? (texts) => classifier.scores(texts) : lexiconScores;
  }

  /** Sentiment of each text, English or Chinese, from the best path ready now. */
  async sentiment(texts: string[]): Promise<SentimentResult[]> {
    if (!this.classifier) return texts.map(lexiconSentiment);
    const scores = await this.classifier.scores(texts);
    return texts.map((text, i) => ({ text, score: scores[i], label: polarityOf(scores[i]), language: reviewLanguage(text), source: 'model' }));
  }

  /** "Customers say" for one product, cached until the catalog or the models change. */
  async summarize(product: Product): Promise<ReviewSummary> {
    const cached = this.cache.get(product.id);
    if (cached) return cached;
    const embedder = this.embedder;
    const summary = await summarizeReviews(product.id, product.reviews, {
      score: this.score,
      embed: this.classifier && embedder ? (texts) => embedder.embed(texts) : undefined,
      source: this.classifier ? 'model' : 'lexical',
      productTitle: product.title,
    });
    this.cache.set(product.id, summary);
    return summary;
  }
}
