/** The npm package's entry: the element class, its events, and the engine's public types. */
export { AisleAssistant } from './components/aisle-assistant/aisle-assistant.ts';
export { AislePolicyAnswer } from './components/aisle-policy-answer/aisle-policy-answer.ts';
export { defineAisle } from './define.ts';
export { readPagePolicies, storePolicySource } from './store/read-page-policies.ts';
export {
  AisleAddToCartEvent, AisleContactOpenEvent, AisleErrorEvent, AisleModelProgressEvent, AisleProductOpenEvent, AisleReadyEvent,
} from './events.ts';
export type {
  AnswerSource, Engine, EngineConfig, EngineStatus, ModelProgress, ModelState, Product, ProductReview, SearchHit, SearchResponse,
  MessageRoute, PolicyEntry, PolicySourceKind, PolicyTopic, RouteContext, RouteDecision, StoreAnswer, StoreAnswerStatus, StoreContact,
  StoreEvidence, StorePolicyLoad, StorePolicySource,
} from '../workers/engine-api.ts';
