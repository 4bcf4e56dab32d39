/** The npm package's entry: the element class, its events, and the engine's public types. */
export { AisleAssistant } from './components/aisle-assistant/aisle-assistant.ts';
export { defineAisle } from './define.ts';
export {
  AisleAddToCartEvent, AisleErrorEvent, AisleModelProgressEvent, AisleProductOpenEvent, AisleReadyEvent,
} from './events.ts';
export type {
  AnswerSource, Engine, EngineConfig, EngineStatus, ModelProgress, ModelState, Product, ProductReview, SearchHit, SearchResponse,
} from '../workers/engine-api.ts';
