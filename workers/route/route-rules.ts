import { detectTopics, type TopicHit } from '../topics/policy-topics.ts';
import { withoutPaymentMethods } from '../topics/payment-methods.ts';
import { tokenize } from '../text/tokenize.ts';
import { humanHelpSignal } from '../topics/human-help-signals.ts';
import type { RouteContext, RouteDecision } from '../protocol/route.ts';
import { routeFeature } from './feature-routes.ts';
import { matches, productReference, questionForm, searchSignals, storeServiceSignals } from './message-signals.ts';

/**
 * A few words that are not a question ("rain jacket", "女士香水"): how shoppers type what they want to
 * find. Store and product questions come as questions or name a topic, which the rules above catch.
 */
const isShortPhrase = (text: string) => text.length <= 30 && text.split(/\s+/).length <= 4;

/**
 * A product named after a way to pay ("bitcoin wallet", "cash box", "maestro pen"): a phrase that is
 * not a question, whose only payment signal is the method's name beside other words. The name alone
 * ("paypal", "支付宝") or asked as a question ("Do you take Amex?") is about paying.
 */
function namesAMethodOnly(text: string, topic: TopicHit, asks: boolean): boolean {
  if (asks || topic.topic !== 'payment') return false;
  const rest = withoutPaymentMethods(text);
  return tokenize(rest).length > 0 && !detectTopics(rest).some((t) => t.topic === 'payment');
}

/**
 * The light path's router: rules and lexical matches, English and Chinese, no model.
 * 1. the shopper's own order or payment (where is my order, charged twice, 订单到哪了) -> human-help;
 * 1b. a request for a view: compare, the reviews of the product on screen, a recommendation list that
 *    names nothing to find -> compare / reviews / recommend (workers/route/feature-routes.ts);
 * 2. a store topic (shipping, returns, warranty, payment, discounts, contact) asked as a question -> store-policy;
 * 3. a question about the product on screen -> product-question (needs a current product);
 * 4. anything else -> search (sure of it for search words and for short phrases that are not questions).
 */
export function routeByRules(message: string, context: RouteContext = {}): RouteDecision {
  const text = message.normalize('NFKC').toLowerCase().trim();
  const help = humanHelpSignal(text);
  const topics = detectTopics(text);
  if (help) {
    return { route: 'human-help', topic: 'order-help', confidence: 0.95, reason: `asks about “${help}”: only the shop can see orders and payments`, source: 'lexical' };
  }
  const feature = routeFeature(message, text, context);
  if (feature) return feature;
  const asks = matches(questionForm, text);
  const searches = matches(searchSignals, text);
  const topic = topics.find((t) => !namesAMethodOnly(text, t, asks));
  if (topic && (asks || !searches)) {
    if (topic.topic === 'order-help') {
      return { route: 'human-help', topic: 'order-help', confidence: 0.7, reason: 'about an order: only the shop can see orders', source: 'lexical' };
    }
    return {
      route: 'store-policy', topic: topic.topic, confidence: Math.min(0.95, 0.6 + 0.1 * topic.score),
      reason: `about the shop's ${topic.topic} policy`, source: 'lexical',
    };
  }
  if (matches(storeServiceSignals, text)) {
    return { route: 'store-policy', topic: 'other', confidence: 0.7, reason: 'about a shop service', source: 'lexical' };
  }
  if (context.productId && asks && !searches) {
    return { route: 'product-question', confidence: matches(productReference, text) ? 0.85 : 0.65, reason: 'a question about the product on screen', source: 'lexical' };
  }
  if (context.productId && matches(productReference, text) && !searches) {
    return { route: 'product-question', confidence: 0.6, reason: 'refers to the product on screen', source: 'lexical' };
  }
  if (searches) return { route: 'search', confidence: 0.85, reason: 'looks for products', source: 'lexical' };
  if (!asks && isShortPhrase(text)) return { route: 'search', confidence: 0.6, reason: 'a short phrase naming what to find', source: 'lexical' };
  return { route: 'search', confidence: 0.55, reason: 'no policy or product question found: searching', source: 'lexical' };
}
