/** The npm package's entry: the element class, its events, and the engine's public types. */
export { AisleAssistant } from './components/aisle-assistant/aisle-assistant.ts';
export { defineAisle } from './define.ts';
export { registerReplyRenderer, type ReplyRenderer } from './components/aisle-assistant/reply-renderers.ts';
export type { ReplyContext } from './components/aisle-assistant/reply-context.ts';
export type { Evidence, Reply, ReplyKinds, Turn } from './components/aisle-assistant/conversation.ts';
export {
  AisleAddToCartEvent, AisleErrorEvent, AisleModelProgressEvent, AisleProductOpenEvent, AisleReadyEvent,
} from './events.ts';
export type {
  AnswerSource, Engine, EngineConfig, EngineStatus, ModelProgress, ModelState, Product, ProductReview, SearchHit, SearchResponse,
} from '../workers/engine-api.ts';
