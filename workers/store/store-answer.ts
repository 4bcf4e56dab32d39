import type { AnswerSource } from '../engine-api.ts';
import type { PolicySourceKind, PolicyTopic, StoreContact } from './store-policy.ts';

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
  evidence: StoreEvidence[];
  /** The shop's contact link, on `contact` and `not-published` answers when the shop gave one. */
  contact?: StoreContact;
  /** Words of the question that the quoted policy does not mention (the answer says so); absent when all are covered. */
  unmatched?: string[];
  /** Language of the wording (the quotes stay in the shop's language). */
  lang: 'en' | 'zh';
  source: AnswerSource;
}
