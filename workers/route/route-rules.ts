import { detectTopics } from '../topics/policy-topics.ts';
import { humanHelpSignal } from '../topics/human-help-signals.ts';
import type { RouteContext, RouteDecision } from '../protocol/route.ts';

/** A question form: starts like a question, ends with a question mark, or (Chinese) asks with 吗/么/呢/能不能... */
const questionForm = [
  /^(does|do|is|are|can|could|will|would|should|has|have|how|what|which|when|where|why|who|am|did|was|were)\b/,
  /[?？]\s*$/,
  /(吗|么|呢|能不能|可不可以|是不是|有没有|多少|多久|多大|多重|多长|怎么|怎样|如何|什么|哪)/,
];

/** Words that point at the product on screen. */
const productReference = [/\b(it|its|it's|this|this one|these|they|them)\b/, /(这个|这款|这件|这双|这台|这部|它|该商品|本品)/];

/** Signs of a product search: asking to find, filters, prices, "gift for". */
const searchSignals = [
  /\b(show|find|search|looking for|look for|recommend|suggest|need (a|an|some)|want (a|an|some)|any good|best|cheapest|cheap|top rated|compare|alternatives?)\b/,
  /\b(under|below|less than|over|above|around|between) [$€£¥]?\d/,
  /[$€£¥]\s?\d/,
  /\b(gift|present) (for|ideas)\b/,
  /(推荐|想买|帮我找|找一?[个款件双台]|送给|元以[内下]|块以[内下]|以内|以下|便宜|最好的|哪款|哪个好|礼物)/,
];

/** Shop services that are store questions even though no policy topic names them (gift wrap, price match, pickup). */
const storeServiceSignals = [
  /\b(gift ?wrap\w*|price ?match\w*|price adjustment|price protection|pick ?up (\w+ ){0,3}in(-| )store|in-store pickup|click and collect|collect in store|pre-?orders?|physical (store|shop)|store locations?|brick and mortar|showroom|loyalty (program|points|scheme)|reward points|trade-?in|recycl\w*|assembly service|installation service|wholesale|bulk orders?|gift receipts?|carbon neutral|sustainab\w*)\b/,
  /(礼品包装|包装成礼物|价格保护|保价|差价|自提|门店|实体店|线下店|预售|预订|以旧换新|回收|安装服务|上门安装|批发|大宗|积分|会员卡|贺卡)/,
];

const matches = (patterns: RegExp[], text: string) => patterns.some((p) => p.test(text));

/**
 * A few words that are not a question ("rain jacket", "女士香水"): how shoppers type what they want to
 * find. Store and product questions come as questions or name a topic, which the rules above catch.
 */
const isShortPhrase = (text: string) => text.length <= 30 && text.split(/\s+/).length <= 4;

/**
 * The light path's router: rules and lexical matches, English and Chinese, no model.
 * 1. the shopper's own order or payment (where is my order, charged twice, 订单到哪了) -> human-help;
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
  const topic = topics[0];
  const asks = matches(questionForm, text);
  const searches = matches(searchSignals, text);
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
