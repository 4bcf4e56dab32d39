import type { Embedder } from '../runtime/embedder.ts';
import type { ReviewIntelligence } from '../reviews/reviews.ts';
import type { SentimentClassifier } from '../reviews/sentiment-classifier.ts';

/**
 * The review room, loaded on first use (its lexicons and tagger stay out of the worker's first
 * chunk). Models that arrive before it loads are attached when it does; models that arrive after
 * are attached to it then.
 */
export class ReviewRoom {
  private room?: Promise<ReviewIntelligence>;

  /** `models` says which models are loaded now, to attach to the room when it opens. */
  constructor(private readonly models: () => { sentiment?: SentimentClassifier; embedder?: Embedder }) {}

  open(): Promise<ReviewIntelligence> {
    return (this.room ??= import('../reviews/reviews.ts').then(({ ReviewIntelligence }) => {
      const room = new ReviewIntelligence();
      const { sentiment, embedder } = this.models();
      if (sentiment) room.attachClassifier(sentiment);
      if (embedder) room.attachEmbedder(embedder);
      return room;
    }));
  }

  /** Forgets cached summaries (a new catalog), if the room is open. */
  async clear(): Promise<void> {
    if (this.room) (await this.room).clear();
  }

  async attachEmbedder(embedder: Embedder): Promise<void> {
    if (this.room) (await this.room).attachEmbedder(embedder);
  }

  async attachClassifier(classifier: SentimentClassifier): Promise<void> {
    if (this.room) (await this.room).attachClassifier(classifier);
  }
}
