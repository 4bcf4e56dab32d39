import type { AspectChip } from '../../../workers/engine-api.ts';

/** Raised when the shopper opens (or closes, `aspect` undefined) an aspect chip's quotes. Type `aisle-aspect-select`. */
export class AisleAspectSelectEvent extends Event {
  static readonly type = 'aisle-aspect-select';
  constructor(readonly aspect: AspectChip | undefined) {
    super(AisleAspectSelectEvent.type, { bubbles: true, composed: true });
  }
}
