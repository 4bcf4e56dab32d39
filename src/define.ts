import { AisleAnswer } from './components/aisle-answer/aisle-answer.ts';
import { AisleAssistant } from './components/aisle-assistant/aisle-assistant.ts';
import { AisleHistory } from './components/aisle-history/aisle-history.ts';
import { AisleRecommendations } from './components/aisle-recommendations/aisle-recommendations.ts';
import { AisleReviewSummary } from './components/aisle-review-summary/aisle-review-summary.ts';
import { AislePolicyAnswer } from './components/aisle-policy-answer/aisle-policy-answer.ts';
import { AisleFilterChips } from './components/aisle-filter-chips/aisle-filter-chips.ts';
import { AisleModelStatus } from './components/aisle-model-status/aisle-model-status.ts';
import { AisleTranslate } from './components/aisle-translate/aisle-translate.ts';
import { setWidgetBase } from './widget-base.ts';

/** Every element Aisle defines, by tag. */
const elements: Record<string, CustomElementConstructor> = {
  'aisle-assistant': AisleAssistant,
  'aisle-answer': AisleAnswer,
  'aisle-review-summary': AisleReviewSummary,
  'aisle-recommendations': AisleRecommendations,
  'aisle-history': AisleHistory,
  'aisle-policy-answer': AislePolicyAnswer,
  'aisle-filter-chips': AisleFilterChips,
  'aisle-model-status': AisleModelStatus,
  'aisle-translate': AisleTranslate,
};

/** Registers Aisle's elements (each unless a tag of that name already exists); `base` is where aisle.js lives. */
export function defineAisle(base?: string | URL): void {
  if (base) setWidgetBase(base);
  for (const [tag, element] of Object.entries(elements)) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
}
