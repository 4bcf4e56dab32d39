import type { ProgressInfo } from '@huggingface/transformers';
import type { ModelProgress } from '../protocol/models.ts';

/** transformers.js's progress callback, reporting its running byte total as the engine's `progress` events of one task. */
export function progressReporter(task: string, modelId: string, onProgress?: (p: ModelProgress) => void): (info: ProgressInfo) => void {
  return (info) => {
    if (info.status === 'progress_total') {
      onProgress?.({ status: 'progress', task, model: modelId, progress: info.progress, loadedBytes: info.loaded, totalBytes: info.total });
    }
  };
}
