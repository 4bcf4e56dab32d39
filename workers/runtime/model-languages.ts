import type { ManifestModel } from '../protocol/models.ts';
import { hasHan } from '../../common/has-han.ts';

/**
 * True when a model reads `lang`: its manifest `languages` list names the language or
 * `multilingual`; a model that lists no languages is taken at its word (it reads all).
 */
export function modelSpeaks(model: Pick<ManifestModel, 'languages'>, lang: string): boolean {
  const languages = model.languages;
  return !languages?.length || languages.includes('multilingual') || languages.includes(lang);
}

/** What the light path keeps, per task, when the model does not read Chinese. */
const chineseFallback: Record<string, string> = {
  embeddings: 'Chinese queries use the glossary (the model reads English only)',
  sentiment: 'Chinese reviews use the lexicon (the model reads English only)',
  reranking: 'Chinese questions are not reranked (the model reads English only)',
};

/**
 * The status note for a loaded model that leaves a language to the light path, e.g. an
 * English-only embedder on a Chinese page says that Chinese queries use the glossary.
 */
export function languageNote(task: string, model: Pick<ManifestModel, 'languages'>): string | undefined {
  return modelSpeaks(model, 'zh') ? undefined : chineseFallback[task];
}

/** True when a model reads the language of `text` (Chinese when it holds Han characters, else English). */
export const modelSpeaksText = (model: Pick<ManifestModel, 'languages'>, text: string): boolean => modelSpeaks(model, hasHan(text) ? 'zh' : 'en');
