import type { IntentChip } from '../../../workers/engine-api.ts';

/**
 * Raised when the shopper removes a filter chip; `chip.id` goes into the next search's `ignore`.
 * Cancelable: cancel it to keep the chip. Type `aisle-filter-remove`.
 */
export class AisleFilterRemoveEvent extends Event {
  static readonly type = 'aisle-filter-remove';
  constructor(readonly chip: IntentChip) {
    super(AisleFilterRemoveEvent.type, { bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'aisle-filter-remove': AisleFilterRemoveEvent;
  }
  interface DocumentEventMap {
    'aisle-filter-remove': AisleFilterRemoveEvent;
  }
}
