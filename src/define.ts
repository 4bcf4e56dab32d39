import { AisleAssistant } from './components/aisle-assistant/aisle-assistant.ts';
import { AisleTranslate } from './components/aisle-translate/aisle-translate.ts';
import { setWidgetBase } from './widget-base.ts';

/** Registers <aisle-assistant> unless a tag of that name already exists; `base` is where aisle.js lives. */
export function defineAisle(base?: string | URL): void {
  if (base) setWidgetBase(base);
  if (!customElements.get('aisle-assistant')) customElements.define('aisle-assistant', AisleAssistant);
  if (!customElements.get('aisle-translate')) customElements.define('aisle-translate', AisleTranslate);
}
