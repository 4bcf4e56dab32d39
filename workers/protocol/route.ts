import type { AnswerSource } from './answer.ts';
import type { RecommendationKind } from './recommend.ts';
import type { PolicyTopic } from './store.ts';

/**
 * Where a shopper's message goes:
 * - `product-question`: about the product the shopper is looking at ("does this support 5G?");
 * - `store-policy`: about the shop's policies ("do you ship to Canada?", "什么时候发货？");
 * - `search`: looking for products ("running shoes under $100", "can you recommend a laptop under
 *   $1000?", "推荐一款500元以内的耳机", "phones with good ratings"): the search parses the intent;
 * - `human-help`: something only the shop's people can do (order status, payment problems): the
 *   assistant points to the shop's contact link and never pretends;
 * - `reviews`: what customers say about the product on screen ("what do people say about it?",
 *   "买家评价怎么样？"): the review summary;
 * - `recommend`: a recommendation list that names nothing to search: `list` says which ("recommend me
 *   something" -> for-you; with a product on screen "what goes with this?" -> goes-with, "anything
 *   similar?" -> similar). A request that names what to find ("recommend running shoes") is a search;
 * - `compare`: "compare X with Y", "X vs Y", "X 和 Y 比较": `compare` names the products.
 */
export type MessageRoute = 'product-question' | 'store-policy' | 'search' | 'human-help' | 'reviews' | 'recommend' | 'compare';

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
  /** For `recommend`: which list. `similar` and `goes-with` are about the product on screen. */
  list?: RecommendationKind;
  /** For a `similar` list: the shopper asked for a lower price than the product on screen's ("… but cheaper", "更便宜的"). */
  cheaper?: boolean;
  /** For a `similar` list: what the shopper named besides the request ("backpack" in "a cheaper backpack like this"). */
  about?: string;
  /**
   * For `compare`: the products the shopper named, as written ("iPhone 9", "the Oppo F19"), and whether
   * one side is the product on screen ("compare this with ...").
   */
  compare?: { items: string[]; withProduct: boolean };
  /** Per-route scores on the model path (cosine similarity to the route's prototypes). */
  scores?: Partial<Record<MessageRoute, number>>;
}
