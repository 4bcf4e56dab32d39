import type { AnswerSource } from './answer.ts';
import type { PolicyTopic } from './store.ts';

/**
 * Where a shopper's message goes:
 * - `product-question`: about the product the shopper is looking at ("does this support 5G?");
 * - `store-policy`: about the shop's policies ("do you ship to Canada?", "什么时候发货？");
 * - `search`: looking for products ("running shoes under $100");
 * - `human-help`: something only the shop's people can do (order status, payment problems): the
 *   assistant points to the shop's contact link and never pretends.
 */
export type MessageRoute = 'product-question' | 'store-policy' | 'search' | 'human-help';

/** What the page knows when the message is sent. */
export interface RouteContext {
  /** The product the shopper is looking at, if any (product pages). */
  productId?: string;
}

/** The route chosen for a message, why, and which path chose it. */
export interface RouteDecision {
  route: MessageRoute;
  /** For store-policy and human-help: the policy topic the message is about, when one was found. */
  topic?: PolicyTopic;
  /** 0 to 1: how sure the router is. */
  confidence: number;
  /** Short, human reason ("mentions “warranty”", "close to “where is my parcel”"). */
  reason: string;
  source: AnswerSource;
  /** Per-route scores on the model path (cosine similarity to the route's prototypes). */
  scores?: Partial<Record<MessageRoute, number>>;
}
