import type { EngineStatus } from '../protocol/models.ts';
import type { CatalogState } from './catalog-state.ts';
import type { ModelSlots } from './model-slots.ts';

/**
 * What `Engine.status()` reports: catalog size, each model's state, the search path, storage,
 * capabilities, where the index's vectors came from. Read live from the parts (a load may finish
 * while storage is being measured).
 */
export async function engineStatus(state: CatalogState, slots: ModelSlots): Promise<EngineStatus> {
  return {
    products: state.catalog.size,
    models: { ...slots.existingRuntime?.models },
    searchPath: state.catalog.hasModel ? 'model' : 'lexical',
    storage: await slots.existingRuntime?.storageStatus(),
    capabilities: slots.existingRuntime?.probedCapabilities,
    ...(state.indexStatus ? { index: { ...state.indexStatus } } : {}),
  };
}
