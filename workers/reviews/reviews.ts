import type { Product } from '../protocol/product.ts';
import type { Embedder } from '../runtime/embedder.ts';
import { modelSpeaks } from '../runtime/model-languages.ts';
import { lexiconScores } from './aspect-sentiment.ts';
import type { ScoreTexts } from './reviews-types.ts';
import { lexiconScore, lexiconSentiment, polarityOf, reviewLanguage } from './lexicon-sentiment.ts';
import type { ReviewSummary, SentimentResult } from '../protocol/reviews.ts';
import type { SentimentClassifier } from './sentiment-classifier.ts';
import { summarizeReviews } from './summarize-reviews.ts';

/**
 * The engine's review room: sentiment of any texts and "customers say" for a product. Answers from
 * the lexicons at once; once a sentiment classifier (and the embedding model) is attached, answers
 * come from the model path and say so (`source: 'model'`). Texts in a language the classifier does
 * not read (Chinese under an English-only SST-2 model) stay on the lexicon and say `lexical`.
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

  /** True when the classifier reads this text's language. */
  private modelReads(text: string): boolean {
    return this.classifier !== undefined && modelSpeaks(this.classifier.model, reviewLanguage(text));
  }

  /** The classifier for the texts it reads, the lexicon for the others. */
  private readonly scoreByLanguage: ScoreTexts = async (texts) => {
    const modelTexts = texts.filter((t) => this.modelReads(t));
    const modelScores = modelTexts.length ? await this.classifier!.scores(modelTexts) : [];
    let next = 0;
    return texts.map((t) => (this.modelReads(t) ? modelScores[next++] : lexiconScore(t)));
  };

  private get score(): ScoreTexts {
    return this.classifier ? this.scoreByLanguage : lexiconScores;
  }

  /** Sentiment of each text, English or Chinese, from the best path ready now for its language. */
  async sentiment(texts: string[]): Promise<SentimentResult[]> {
    if (!this.classifier) return texts.map(lexiconSentiment);
    const scores = await this.scoreByLanguage(texts);
    return texts.map((text, i) =>
      this.modelReads(text)
        ? { text, score: scores[i], label: polarityOf(scores[i]), language: reviewLanguage(text), source: 'model' }
        : lexiconSentiment(text));
  }

  /** "Customers say" for one product (aspect names in `language` when given), cached until the catalog or the models change. */
  async summarize(product: Product, language?: 'en' | 'zh'): Promise<ReviewSummary> {
    const key = `${product.id}\u0000${language ?? ''}`;
    const cached = this.cache.get(key);
    if (cached) return cached;
    const embedder = this.embedder;
    const modelRead = product.reviews.some((r) => this.modelReads(r.text));
    const summary = await summarizeReviews(product.id, product.reviews, {
      score: this.score,
      embed: modelRead && embedder ? (texts) => embedder.embed(texts) : undefined,
      source: modelRead ? 'model' : 'lexical',
      productTitle: product.title,
      labelLanguage: language,
    });
    this.cache.set(key, summary);
    return summary;
  }
}
