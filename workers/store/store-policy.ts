/** What a store policy is about. `other` is a published answer that fits none of the named topics. */
export type PolicyTopic =
  | 'shipping'
  | 'returns'
  | 'warranty'
  | 'payment'
  | 'order-help'
  | 'discounts'
  | 'contact'
  | 'other';

/** Where a policy text came from; shown to the shopper beside the quote. */
export type PolicySourceKind =
  /** schema.org FAQPage JSON-LD on a page of the shop. */
  | 'faq-page'
  /** The merchant's FAQ file (`faq="..."`, JSON or Markdown). */
  | 'merchant-faq'
  /** schema.org OfferShippingDetails inside a product's offer (or the shop's Organization). */
  | 'offer-shipping'
  /** schema.org MerchantReturnPolicy inside a product's offer (or the shop's Organization). */
  | 'offer-return'
  /** A product attribute such as warrantyInformation, shippingInformation, returnPolicy. */
  | 'product-attribute';

/** One published policy text: a FAQ answer, an offer's return policy, a product's warranty row. */
export interface PolicyEntry {
  /** Stable id: `faq:<url>#<n>`, `merchant:<id>`, `product:<productId>:<attribute>`, ... */
  id: string;
  /** Topics the text is about, most specific first; empty means it is classified from its text. */
  topics: PolicyTopic[];
  /** The question it answers, when it came as a FAQ. */
  question?: string;
  /** The policy text, plain text (never HTML). */
  text: string;
  kind: PolicySourceKind;
  /** Where the shopper can read it (absolute http(s) URL). */
  url?: string;
  /** Set when the policy applies to one product only; such entries beat shop-wide ones. */
  productId?: string;
}

/** Where a shopper gets a human: the shop's contact page (or a mailto: link). */
export interface StoreContact {
  url: string;
  label?: string;
}

/** Everything the page knows about the shop's policies, sent once to the engine. */
export interface StorePolicySource {
  /** Entries read from the page (FAQPage JSON-LD, offers). */
  entries?: PolicyEntry[];
  /** URL of the merchant FAQ file (JSON or Markdown); the engine fetches it. */
  faqUrl?: string;
  /** Contact link; beats the FAQ file's own `contact`. */
  contact?: StoreContact;
}

/** What loading policies produced: how many entries, and notes about what was skipped. */
export interface StorePolicyLoad {
  entries: number;
  contact?: StoreContact;
  warnings: string[];
}
