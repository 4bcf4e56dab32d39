import type { TextClassificationPipeline } from '@huggingface/transformers';
import { transformers } from '../runtime/transformers-env.ts';
import type { ModelProgress } from '../protocol/models.ts';
import { defaultDevice } from '../runtime/environment.ts';
import { modelBytes } from '../runtime/manifest.ts';
import type { ManifestModel } from '../protocol/models.ts';
import { progressReporter } from '../runtime/progress-reporter.ts';

/** One label of a classifier with its probability. */
interface LabelScore {
  label: string;
  score: number;
}

/**
 * Sentiment in [-1, 1] from a classifier's label probabilities, whatever its label set:
 * positive/negative(/neutral) names (SST-2's POSITIVE/NEGATIVE, multilingual positive/neutral/negative)
 * give P(positive) - P(negative); star labels ("1 star" … "5 stars") give the expected stars, rescaled.
 */
export function labelsToScore(labels: LabelScore[]): number {
  let score = 0;
  for (const { label, score: p } of labels) {
    const stars = /^(\d)\s*stars?$/i.exec(label.trim());
    if (stars) score += p * ((Number(stars[1]) - 3) / 2);
    else if (/pos/i.test(label)) score += p;
    else if (/neg/i.test(label)) score -= p;
  }
  return Math.max(-1, Math.min(1, score));
}

/** A transformer sentiment classifier (the model path): texts in, scores in [-1, 1] out. */
export class SentimentClassifier {
  private constructor(
    private readonly classify: TextClassificationPipeline,
    readonly model: ManifestModel,
  ) {}

  /** Loads the manifest's sentiment model from the configured host, reporting byte progress. */
  static async load(model: ManifestModel, onProgress?: (p: ModelProgress) => void): Promise<SentimentClassifier> {
    const task = 'sentiment';
    onProgress?.({ status: 'initiate', task, model: model.id, totalBytes: modelBytes(model) });
    const progress_callback = progressReporter(task, model.id, onProgress);
    const { pipeline } = await transformers();
    const classify = (await pipeline('text-classification', model.id, {
      dtype: model.dtype as 'q8',
      device: defaultDevice(),
      progress_callback,
    })) as TextClassificationPipeline;
    onProgress?.({ status: 'ready', task, model: model.id });
    return new SentimentClassifier(classify, model);
  }

  /** Scores texts in batches; one number in [-1, 1] per text. */
  async scores(texts: string[], batchSize = 16): Promise<number[]> {
    const out: number[] = [];
    for (let start = 0; start < texts.length; start += batchSize) {
      const batch = texts.slice(start, start + batchSize);
      const results = (await this.classify(batch, { top_k: null })) as unknown as LabelScore[][] | LabelScore[];
      const rows = batch.length === 1 && !Array.isArray(results[0]) ? [results as LabelScore[]] : (results as LabelScore[][]);
      for (const row of rows) out.push(labelsToScore(row));
    }
    return out;
  }

  async dispose(): Promise<void> {
    await this.classify.dispose();
  }
}
