import { AisleAnswer } from './components/aisle-answer/aisle-answer.ts';
import { AisleAssistant } from './components/aisle-assistant/aisle-assistant.ts';
import { AisleReviewSummary } from './components/aisle-review-summary/aisle-review-summary.ts';
import { setWidgetBase } from './widget-base.ts';

/** Registers <aisle-assistant> and <aisle-review-summary> unless a tag of that name already exists; `base` is where aisle.js lives. */
export function defineAisle(base?: string | URL): void {
  if (base) setWidgetBase(base);
  if (!customElements.get('aisle-assistant')) customElements.define('aisle-assistant', AisleAssistant);
  if (!customElements.get('aisle-answer')) customElements.define('aisle-answer', AisleAnswer);
  if (!customElements.get('aisle-review-summary')) customElements.define('aisle-review-summary', AisleReviewSummary);
}
