import type { AnswerSource } from './answer.ts';

/** Store policies as published, and answers to store questions. */

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

/**
 * One quoted piece of evidence behind a store answer. Same shape idea as a product answer's
 * evidence: what kind of source, the quoted text, and a link to read it in full.
 */
export interface StoreEvidence {
  kind: PolicySourceKind;
  /** The quoted policy text (plain text, shown verbatim). */
  text: string;
  /** Link to the source (FAQ page, merchant FAQ, product page); absent when the source has none. */
  url?: string;
  /** The FAQ question the quote answers, when there is one. */
  question?: string;
  /** `product` when the policy is this item's own, `shop` when it is shop-wide. */
  scope: 'product' | 'shop';
  /** The policy entry quoted (for tests, evals and de-duplication). */
  entryId: string;
}

/**
 * How a store question was answered:
 * - `answered`: published policy text answers it (quoted in `evidence`);
 * - `not-published`: the shop has not published an answer; nothing is invented;
 * - `contact`: the assistant cannot do this (order status, payment problems); `contact` points to people who can.
 */
export type StoreAnswerStatus = 'answered' | 'not-published' | 'contact';

/** The answer to a store question: a short plain sentence, then the evidence behind it. */
export interface StoreAnswer {
  question: string;
  status: StoreAnswerStatus;
  /** The topic the question was understood to be about, when one was found. */
  topic?: PolicyTopic;
  /** Plain-text answer in the question's language; quotes are verbatim policy text. */
  answer: string;
  /**
   * The same answer without the quotes ("Yes. The shop's shipping policy says:"), for a display that
   * shows each quote of `evidence` once beside it (as <aisle-policy-answer> does); absent means `answer`.
   */
  lead?: string;
  evidence: StoreEvidence[];
  /** The shop's contact link, on `contact` and `not-published` answers when the shop gave one. */
  contact?: StoreContact;
  /**
   * The answer to a yes/no question ("Do you ship to Canada?": `yes`; "Do you accept cash?": `no`), read
   * from the quoted policy that names what was asked; absent when the question is not a yes/no one or no
   * published policy decides it (the quote then speaks for itself).
   */
  verdict?: 'yes' | 'no';
  /** Words of the question that the quoted policy does not mention (the answer says so); absent when all are covered. */
  unmatched?: string[];
  /** Language of the wording (the quotes stay in the shop's language). */
  lang: 'en' | 'zh';
  source: AnswerSource;
}
