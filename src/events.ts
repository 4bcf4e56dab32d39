import type { Product } from '../workers/protocol/product.ts';
import type { ModelProgress } from '../workers/engine-api.ts';

const init = { bubbles: true, composed: true };

/** Raised when the shopper adds a product to the cart from the widget; cancel it to veto. Type `aisle-add-to-cart`. */
export class AisleAddToCartEvent extends Event {
  static readonly type = 'aisle-add-to-cart';
  constructor(readonly product: Product, readonly quantity = 1) {
    super(AisleAddToCartEvent.type, { ...init, cancelable: true });
  }
}

/** Raised when the shopper opens a product from the widget; cancel it to handle navigation yourself. Type `aisle-product-open`. */
export class AisleProductOpenEvent extends Event {
  static readonly type = 'aisle-product-open';
  constructor(readonly product: Product) {
    super(AisleProductOpenEvent.type, { ...init, cancelable: true });
  }
}

/** Raised when the catalog is indexed and the widget answers. Type `aisle-ready`. */
export class AisleReadyEvent extends Event {
  static readonly type = 'aisle-ready';
  constructor(readonly products: number) {
    super(AisleReadyEvent.type, init);
  }
}

/** Raised on model download and compile progress. Type `aisle-model-progress`. */
export class AisleModelProgressEvent extends Event {
  static readonly type = 'aisle-model-progress';
  constructor(readonly progress: ModelProgress) {
    super(AisleModelProgressEvent.type, init);
  }
}

/** Raised when something failed; `message` is the plain sentence the shopper also sees. Type `aisle-error`. */
export class AisleErrorEvent extends Event {
  static readonly type = 'aisle-error';
  constructor(readonly message: string, readonly cause?: unknown) {
    super(AisleErrorEvent.type, init);
  }
}

/** Raised by <aisle-history> after the shopper removed entries, cleared history, or switched it on or off. Type `aisle-history-change`. */
export class AisleHistoryChangeEvent extends Event {
  static readonly type = 'aisle-history-change';
  constructor() {
    super(AisleHistoryChangeEvent.type, init);
  }
}

/** Raised when the shopper follows the shop's contact link from a store answer; cancel it to open your own chat. Type `aisle-contact-open`. */
export class AisleContactOpenEvent extends Event {
  static readonly type = 'aisle-contact-open';
  constructor(readonly url: string, readonly question: string) {
    super(AisleContactOpenEvent.type, { ...init, cancelable: true });
  }
}

interface AisleEventMap {
  'aisle-add-to-cart': AisleAddToCartEvent;
  'aisle-product-open': AisleProductOpenEvent;
  'aisle-ready': AisleReadyEvent;
  'aisle-model-progress': AisleModelProgressEvent;
  'aisle-error': AisleErrorEvent;
  'aisle-history-change': AisleHistoryChangeEvent;
  'aisle-contact-open': AisleContactOpenEvent;
}

declare global {
  interface HTMLElementEventMap extends AisleEventMap {}
  interface DocumentEventMap extends AisleEventMap {}
}
