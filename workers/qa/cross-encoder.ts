import type { PreTrainedModel, PreTrainedTokenizer } from '@huggingface/transformers';
import { transformers } from '../runtime/transformers-env.ts';
import type { ModelProgress } from '../protocol/models.ts';
import { modelBytes } from '../runtime/manifest.ts';
import type { ManifestModel } from '../protocol/models.ts';
import { defaultDevice } from '../runtime/environment.ts';
import { progressReporter } from '../runtime/progress-reporter.ts';
import type { PassageScorer } from './qa-types.ts';

/**
 * A cross-encoder reranker (an ms-marco MiniLM-style BertForSequenceClassification with one
 * logit): reads the question and one passage together, so it sees whether the passage answers
 * the question, not only whether they share a topic. Used on the top few candidates only.
 */
export class CrossEncoder implements PassageScorer {
  private constructor(
    private readonly tokenizer: PreTrainedTokenizer,
    private readonly model: PreTrainedModel,
    readonly entry: ManifestModel,
  ) {}

  get languages(): string[] | undefined {
    return this.entry.languages;
  }

  /** Loads the model's files from the configured host, reporting byte progress as task `reranking`. */
  static async load(entry: ManifestModel, onProgress?: (p: ModelProgress) => void): Promise<CrossEncoder> {
    const task = 'reranking';
    onProgress?.({ status: 'initiate', task, model: entry.id, totalBytes: modelBytes(entry) });
    const progress_callback = progressReporter(task, entry.id, onProgress);
    const { AutoModelForSequenceClassification, AutoTokenizer } = await transformers();
    const tokenizer = await AutoTokenizer.from_pretrained(entry.id, { progress_callback });
    const model = await AutoModelForSequenceClassification.from_pretrained(entry.id, {
      dtype: entry.dtype as 'q8',
      device: defaultDevice(),
      progress_callback,
    });
    onProgress?.({ status: 'ready', task, model: entry.id });
    return new CrossEncoder(tokenizer, model, entry);
  }

  /** One relevance logit per passage for the question. */
  async score(question: string, passages: string[]): Promise<number[]> {
    if (!passages.length) return [];
    const inputs = this.tokenizer(new Array<string>(passages.length).fill(question), {
      text_pair: passages,
      padding: true,
      truncation: true,
      max_length: 256,
    });
    const { logits } = (await this.model(inputs)) as { logits: { data: Float32Array; dims: number[] } };
    const width = logits.dims.at(-1) ?? 1;
    return passages.map((_, i) => logits.data[i * width + width - 1]);
  }

  async dispose(): Promise<void> {
    await this.model.dispose();
  }
}
