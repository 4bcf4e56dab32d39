import type { Embedder } from '../runtime/embedder.ts';
import type { ReviewIntelligence } from '../reviews/reviews.ts';
import type { SentimentClassifier } from '../reviews/sentiment-classifier.ts';

/** How the review room's module is loaded: a dynamic import (its own chunk in the browser). */
export type ReviewModuleLoader = () => Promise<{ ReviewIntelligence: typeof ReviewIntelligence }>;

/**
 * The review room, loaded on first use (its lexicons and tagger stay out of the worker's first
 * chunk). Models that arrive before it loads are attached when it does; models that arrive after
 * are attached to it then. A failed load (a chunk missing after a deploy, the network gone) fails
 * that request only: the next one tries again.
 */
export class ReviewRoom {
  private room?: Promise<ReviewIntelligence>;

  /** `models` says which models are loaded now, to attach to the room when it opens. */
  constructor(
    private readonly models: () => { sentiment?: SentimentClassifier; embedder?: Embedder },
    private readonly load: ReviewModuleLoader = () => import('../reviews/reviews.ts'),
  ) {}

  open(): Promise<ReviewIntelligence> {
    const opening = (this.room ??= this.load().then(({ ReviewIntelligence }) => {
      const room = new ReviewIntelligence();
      const { sentiment, embedder } = this.models();
      if (sentiment) room.attachClassifier(sentiment);
      if (embedder) room.attachEmbedder(embedder);
      return room;
    }));
    opening.catch(() => {
      if (this.room === opening) this.room = undefined; // the next request imports again
    });
    return opening;
  }

  /** The room once it has opened; undefined while it has not (or its load failed). */
  private async opened(): Promise<ReviewIntelligence | undefined> {
    return this.room?.catch(() => undefined);
  }

  /** Forgets cached summaries (a new catalog), if the room is open. */
  async clear(): Promise<void> {
    (await this.opened())?.clear();
  }

  async attachEmbedder(embedder: Embedder): Promise<void> {
    (await this.opened())?.attachEmbedder(embedder);
  }

  async attachClassifier(classifier: SentimentClassifier): Promise<void> {
    (await this.opened())?.attachClassifier(classifier);
  }
}
