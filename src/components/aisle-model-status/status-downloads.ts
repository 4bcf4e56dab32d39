import type { EngineStatus, ModelProgress } from '../../../workers/engine-api.ts';
import { waitsForGoAhead } from './waits-for-go-ahead.ts';

/**
 * The model status after "Download" for models that waited while search's model is ready (loaded in
 * the background: the Q&A re-ranker, review insights): each of them downloading from 0 of its size,
 * so the question goes at once and their rows show the download. Its own module, like
 * waits-for-go-ahead.ts: the element's controller reads it without loading the model status element.
 */
export function downloadsAgreed(status: EngineStatus): EngineStatus {
  const models = Object.fromEntries(Object.entries(status.models).map(([task, model]) => [
    task,
    waitsForGoAhead(model) && model.state === 'idle'
      ? { state: 'loading' as const, progress: 0, loadedBytes: 0, totalBytes: (model.bytes ?? 0) - (model.runtimeBytes ?? 0) }
      : model,
  ]));
  return { ...status, models };
}

/** The model status with one task's download progress (a progress event of a task in it); the same status for any other event. */
export function withDownloadProgress(status: EngineStatus, p: ModelProgress): EngineStatus {
  if (p.status !== 'progress' || !(p.task in status.models)) return status;
  const row = { state: 'loading' as const, progress: p.progress, loadedBytes: p.loadedBytes, totalBytes: p.totalBytes, modelId: p.model };
  return { ...status, models: { ...status.models, [p.task]: row } };
}
