import type { TranslationResponse } from '../../../workers/engine-api.ts';

/** Raised by <aisle-translate> when a translation is shown. Type `aisle-translated`. */
export class AisleTranslatedEvent extends Event {
  static readonly type = 'aisle-translated';
  constructor(readonly original: string, readonly translation: string, readonly source: TranslationResponse['source']) {
    super(AisleTranslatedEvent.type, { bubbles: true, composed: true });
  }
}
