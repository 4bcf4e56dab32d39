/** The npm package's entry: the element class, its events, and the engine's public types. */
export { AisleAssistant } from './components/aisle-assistant/aisle-assistant.ts';
export { AisleFilterChips } from './components/aisle-filter-chips/aisle-filter-chips.ts';
export { AisleFilterRemoveEvent } from './components/aisle-filter-chips/aisle-filter-remove-event.ts';
export { defineAisle } from './define.ts';
export {
  AisleAddToCartEvent, AisleErrorEvent, AisleModelProgressEvent, AisleProductOpenEvent, AisleReadyEvent,
} from './events.ts';
export type {
  AnswerSource, Engine, EngineConfig, EngineStatus, ModelProgress, ModelState, Product, ProductReview, SearchHit, SearchResponse,
  SearchOptions, SearchIntent, IntentChip, IntentChipKind, SortIntent, IndexStatus,
} from '../workers/engine-api.ts';
