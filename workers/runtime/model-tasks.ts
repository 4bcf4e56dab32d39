import type { ModelTask } from '../protocol/models.ts';

/**
 * Every task the engine loads a model for, keyed as in models/manifest.json and status().models,
 * with the flow that loads it. A manifest task not listed here is never loaded (tests check the
 * shipped manifest against this list).
 */
export const modelTasks: Readonly<Record<ModelTask, string>> = {
  embeddings: 'prepareModels(): search, store answers, routing, review summaries',
  reranking: 'ask() / suggestQuestions(): re-orders a product answer\'s top evidence (loads after the embedder, on the first question)',
  sentiment: 'prepareModels(), after the embedder: review sentiment and summaries',
  'translation-zh-en': 'translate() to English (and crossLanguage: translate searches)',
  'translation-en-zh': 'translate() to Chinese, draft() of Chinese copy',
  llm: 'generate(), draft(), and answer wording under answerPhrasing',
};

/** True for a task the engine loads. */
export const isModelTask = (task: string): task is ModelTask => Object.hasOwn(modelTasks, task);
