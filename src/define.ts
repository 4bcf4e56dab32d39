import { AisleAssistant } from './components/aisle-assistant/aisle-assistant.ts';
import { AisleFilterChips } from './components/aisle-filter-chips/aisle-filter-chips.ts';
import { setWidgetBase } from './widget-base.ts';

/** Registers <aisle-assistant> unless a tag of that name already exists; `base` is where aisle.js lives. */
export function defineAisle(base?: string | URL): void {
  if (base) setWidgetBase(base);
  if (!customElements.get('aisle-assistant')) customElements.define('aisle-assistant', AisleAssistant);
  if (!customElements.get('aisle-filter-chips')) customElements.define('aisle-filter-chips', AisleFilterChips);
}
