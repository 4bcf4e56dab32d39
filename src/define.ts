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
};

/** Registers Aisle's elements (each unless a tag of that name already exists); `base` is where aisle.js lives. */
export function defineAisle(base?: string | URL): void {
  if (base) setWidgetBase(base);
  for (const [tag, element] of Object.entries(elements)) {
    if (!customElements.get(tag)) customElements.define(tag, element);
  }
  if (!customElements.get('aisle-assistant')) customElements.define('aisle-assistant', AisleAssistant);
  if (!customElements.get('aisle-policy-answer')) customElements.define('aisle-policy-answer', AislePolicyAnswer);
  if (!customElements.get('aisle-filter-chips')) customElements.define('aisle-filter-chips', AisleFilterChips);
  if (!customElements.get('aisle-model-status')) customElements.define('aisle-model-status', AisleModelStatus);
  if (!customElements.get('aisle-translate')) customElements.define('aisle-translate', AisleTranslate);
}
