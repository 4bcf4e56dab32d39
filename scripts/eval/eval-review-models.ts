import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Embedder } from '../../workers/runtime/embedder.ts';
import { parseManifest } from '../../workers/runtime/manifest.ts';
import { configureTransformers } from '../../workers/runtime/transformers-env.ts';
import { SentimentClassifier } from '../../workers/reviews/sentiment-classifier.ts';
import type { EvalOptions } from './eval-args.ts';

/** Where the review evals find models: `--models <dir>` (a folder with manifest.json), else the generated test models. */
export function modelsDir(options: EvalOptions): string {
  const dir = options.extra.models ?? fileURLToPath(new URL('../../models/test/', import.meta.url));
  return dir.endsWith('/') ? dir : `${dir}/`;
}

/** Loads the sentiment classifier (and, when asked, the embedding model) named in that folder's manifest. */
export async function loadReviewModels(options: EvalOptions, withEmbedder = false): Promise<{ classifier: SentimentClassifier; embedder?: Embedder }> {
  const dir = modelsDir(options);
  const manifest = parseManifest(JSON.parse(readFileSync(`${dir}manifest.json`, 'utf8')));
  configureTransformers({ modelHost: dir, manifest });
  const entry = manifest.models.sentiment;
  if (!entry) throw new Error(`${dir}manifest.json has no "sentiment" model`);
  const classifier = await SentimentClassifier.load(entry);
  const embedder = withEmbedder && manifest.models.embeddings ? await Embedder.load(manifest.models.embeddings) : undefined;
  return { classifier, embedder };
}

/** Milliseconds since `start`, rounded. */
export const elapsed = (start: number) => Math.round(performance.now() - start);
