import type { ProgressInfo, TranslationPipeline } from '@huggingface/transformers';
import { transformers } from '../runtime/transformers-env.ts';
import type { SentenceTranslator, TranslationModelEntry } from './translate-types.ts';

/** Longest output per sentence, in tokens. */
const maxNewTokens = 96;

/**
 * A Marian (opus-mt) translation model run by transformers.js: encoder + merged decoder with a
 * key/value cache, greedy decoding, a batch of sentences per call.
 */
export async function loadMarianTranslator(
  entry: TranslationModelEntry,
  device: 'wasm' | 'cpu' | 'webgpu',
  progress_callback?: (info: ProgressInfo) => void,
): Promise<SentenceTranslator & { dispose(): Promise<void> }> {
  const { pipeline } = await transformers();
  const translate = (await pipeline('translation', entry.id, {
    dtype: entry.dtype as 'q8',
    device,
    progress_callback,
  })) as TranslationPipeline;
  const prefix = entry.targetPrefix ? `${entry.targetPrefix} ` : '';
  return {
    model: entry.id,
    async translate(sentences) {
      const outputs = (await translate(sentences.map((s) => prefix + s), { max_new_tokens: maxNewTokens } as never)) as
        | { translation_text: string }[]
        | { translation_text: string };
      const list = Array.isArray(outputs) ? outputs : [outputs];
      return list.map((o) => o.translation_text.trim());
    },
    dispose: () => translate.dispose(),
  };
}
