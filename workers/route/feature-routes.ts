import type { RecommendationKind } from '../protocol/recommend.ts';
import type { RouteContext, RouteDecision } from '../protocol/route.ts';
import { compareRequest } from './compare-request.ts';
import { matches } from './message-signals.ts';
import { asksCheaper, cheaperSignals, namedWords, namesSomething, recommendSignals, refersToProduct, reviewSignals } from './recommend-signals.ts';

/**
 * Messages that ask for a view by their phrasing, decided before the store and product rules:
 * 1. compare: "compare X with Y", "X vs Y", "X 和 Y 比较" (this/这款 is the product on screen);
 * 2. reviews of the product on screen: "what do customers say about it?", "reviews?", "这款口碑怎么样";
 * 3. a recommendation list that names nothing to find: "what goes with this?" (goes-with) and "anything
 *    similar?" (similar) with a product on screen, "recommend me something" / "给我推荐几件" (for-you).
 * A message that names products ("phones with good ratings", "recommend running shoes under $100",
 * "推荐一款500元以内的耳机", "find a laptop for me") is none of these: the rules after them make it a
 * search, which parses its intent (price caps, category). `message` is as sent; `text` lower-cased NFKC.
 * One exception: "something like this but cheaper", "a cheaper backpack like this", "有更便宜的类似的鞋吗"
 * with a product on screen ask for the similar list below its price (`cheaper`), kept to what they name
 * (`about`: "backpack", "鞋"): a search for "backpack" would not know the price to beat.
 */
export function routeFeature(message: string, text: string, context: RouteContext): RouteDecision | undefined {
  const compare = compareRequest(message, !!context.productId);
  if (compare) {
    const names = [...(compare.withProduct ? ['the product on screen'] : []), ...compare.items.map((i) => `“${i}”`)];
    return { route: 'compare', compare, confidence: 0.9, reason: `compares ${names.join(' with ')}`, source: 'lexical' };
  }
  const aboutProduct = (signals: RegExp[]) => !!context.productId && (refersToProduct(text) || !namesSomething(text, signals));
  if (matches(reviewSignals, text) && aboutProduct(reviewSignals)) {
    return { route: 'reviews', confidence: 0.85, reason: 'asks what customers say about the product on screen', source: 'lexical' };
  }
  const similarSignals = recommendSignals.find(([list]) => list === 'similar')![1];
  if (context.productId && asksCheaper(text) && (matches(similarSignals, text) || refersToProduct(text) || !namesSomething(text, cheaperSignals))) {
    const about = namedWords(text, [...similarSignals, ...cheaperSignals]).join(' ');
    return { ...recommend('similar'), cheaper: true, ...(about ? { about } : {}), reason: 'asks for something like the product on screen at a lower price' };
  }
  for (const [list, signals] of recommendSignals) {
    if (!matches(signals, text)) continue;
    if (list !== 'for-you') {
      if (aboutProduct(signals)) return recommend(list);
      continue;
    }
    if (namesSomething(text, signals)) continue;
    // "Would you recommend this?", "is it good for me?": whether the product on screen is worth it.
    if (!refersToProduct(text)) return recommend(list);
    if (context.productId) return { route: 'reviews', confidence: 0.7, reason: 'asks whether the product on screen is worth it: what customers say', source: 'lexical' };
  }
  return undefined;
}

const recommend = (list: RecommendationKind): RouteDecision => ({
  route: 'recommend', list, confidence: 0.85, reason: `asks for a ${list} list and names nothing to search`, source: 'lexical',
});
