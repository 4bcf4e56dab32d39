import { AisleAnswer } from './components/aisle-answer/aisle-answer.ts';
import { AisleAssistant } from './components/aisle-assistant/aisle-assistant.ts';
import { AisleHistory } from './components/aisle-history/aisle-history.ts';
import { AisleRecommendations } from './components/aisle-recommendations/aisle-recommendations.ts';
import { AisleReviewSummary } from './components/aisle-review-summary/aisle-review-summary.ts';
import { AislePolicyAnswer } from './components/aisle-policy-answer/aisle-policy-answer.ts';
import { AisleFilterChips } from './components/aisle-filter-chips/aisle-filter-chips.ts';
import { AisleModelStatus } from './components/aisle-model-status/aisle-model-status.ts';
import { AisleTranslate } from './components/aisle-translate/aisle-translate.ts';
import { AisleErrorEvent } from './events.ts';
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

/**
 * Registers Aisle's elements; `base` is where aisle.js lives. A tag the page already defined with
 * another element (its own `<aisle-assistant>`, or a second copy of Aisle) is left to the page and
 * reported, never silently: a console error and one `aisle-error` on the document per tag.
 */
export function defineAisle(base?: string | URL): void {
  if (base) setWidgetBase(base);
  for (const [tag, element] of Object.entries(elements)) {
    const existing = customElements.get(tag);
    if (!existing) customElements.define(tag, element);
    else if (existing !== element) {
      const message = `<${tag}> is already defined on this page by another script (or another copy of Aisle), so Aisle's <${tag}> is not available here. Rename or remove the other element, or load Aisle once.`;
      console.error(`aisle: ${message}`);
      document.dispatchEvent(new AisleErrorEvent(message));
    }
  }
}
