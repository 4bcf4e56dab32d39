import type { ModelState } from '../../../workers/engine-api.ts';

/**
 * The model waits for the shopper's go-ahead to download (a saveData or slow connection, or its size):
 * the model status asks for it. Its own module: the element's controller reads it without loading the
 * model status element.
 */
export const waitsForGoAhead = (model: ModelState) => model.state === 'idle' && (model.reason === 'save-data' || model.reason === 'size');
