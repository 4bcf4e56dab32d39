import { AisleAssistant } from './components/aisle-assistant/aisle-assistant.ts';
import { AisleHistory } from './components/aisle-history/aisle-history.ts';
import { AisleRecommendations } from './components/aisle-recommendations/aisle-recommendations.ts';
import { setWidgetBase } from './widget-base.ts';

/** Registers <aisle-assistant>, <aisle-recommendations> and <aisle-history> (each unless a tag of that name exists); `base` is where aisle.js lives. */
export function defineAisle(base?: string | URL): void {
  if (base) setWidgetBase(base);
  if (!customElements.get('aisle-assistant')) customElements.define('aisle-assistant', AisleAssistant);
  if (!customElements.get('aisle-recommendations')) customElements.define('aisle-recommendations', AisleRecommendations);
  if (!customElements.get('aisle-history')) customElements.define('aisle-history', AisleHistory);
}
