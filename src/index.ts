/**
 * The npm package's entry (`import { defineAisle } from 'aisle-assistant'`): every element class, every
 * event class, `defineAisle()`, and the engine's public types. Importing it defines no tag: call
 * `defineAisle()`. The script-tag entry is `aisle.ts`; React's JSX typings are in `jsx.ts`.
 */
export { AisleAssistant } from './components/aisle-assistant/aisle-assistant.ts';
export { AisleReviewSummary } from './components/aisle-review-summary/aisle-review-summary.ts';
export { AisleAspectSelectEvent } from './components/aisle-review-summary/aisle-aspect-select-event.ts';
export { AisleModelStatus, AisleModelConsentEvent, AisleModelDeclineEvent } from './components/aisle-model-status/aisle-model-status.ts';
export { AisleTranslate } from './components/aisle-translate/aisle-translate.ts';
export { AisleTranslatedEvent } from './components/aisle-translate/aisle-translated-event.ts';
export { AisleAnswer } from './components/aisle-answer/aisle-answer.ts';
export { AisleQuestionEvent } from './components/aisle-answer/aisle-question-event.ts';
export { AisleHistory } from './components/aisle-history/aisle-history.ts';
export { AisleRecommendations } from './components/aisle-recommendations/aisle-recommendations.ts';
export { AisleFilterChips } from './components/aisle-filter-chips/aisle-filter-chips.ts';
export { AisleFilterRemoveEvent } from './components/aisle-filter-chips/aisle-filter-remove-event.ts';
export { defineAisle } from './define.ts';
export { record } from './recommend/record.ts';
export type { RecommendationSource } from './recommend/recommendation-source.ts';
export { registerReplyRenderer, type ReplyRenderer } from './components/aisle-assistant/reply-renderers.ts';
export type { ReplyContext } from './components/aisle-assistant/reply-context.ts';
export type { Evidence, Reply, ReplyKinds, Turn } from './components/aisle-assistant/conversation.ts';
export { AislePolicyAnswer } from './components/aisle-policy-answer/aisle-policy-answer.ts';
export { readPagePolicies, storePolicySource } from './store/read-page-policies.ts';
export { formatPageReport, inspectPage, type PageReport } from './inspect/inspect-page.ts';
export {
  AisleAddToCartEvent, AisleContactOpenEvent, AisleErrorEvent, AisleHistoryChangeEvent, AisleModelProgressEvent, AisleProductOpenEvent,
  AisleReadyEvent,
} from './events.ts';
export type {
  AnswerSource, Engine, EngineConfig, EngineStatus, ModelProgress, ModelState, Product, ProductRecord, ProductReview, ProductVariant, SearchHit, SearchResponse,
  MessageRoute, PolicyEntry, PolicySourceKind, PolicyTopic, RouteContext, RouteDecision, StoreAnswer, StoreAnswerStatus, StoreContact,
  StoreEvidence, StorePolicyLoad, StorePolicySource, AspectChip, ReviewSummary, TranslationResponse,
} from '../workers/engine-api.ts';
export type { CitedEvidence, EvidenceKind, ProductAnswer, AnswerVerdict, OpinionCount, ProductQuestion } from '../workers/engine-api.ts';
export type {
  HistoryEntry, HistorySettings, Recommendation, RecommendationKind, RecommendationReason, RecommendRequest, RecommendResponse,
  ShopperEvent, ShopperEventType, SimilarTrait,
  SearchOptions, SearchIntent, IntentChip, IntentChipKind, SortIntent, IndexStatus,
} from '../workers/engine-api.ts';
