import { describe, expect, it } from 'vitest';
import type { RecommendationKind } from '../../../workers/protocol/recommend.ts';
import type { MessageRoute, RouteContext, RouteDecision } from '../../../workers/protocol/route.ts';
import { compareRequest } from '../../../workers/route/compare-request.ts';
import { routeByRules } from '../../../workers/route/route-rules.ts';

const onProduct: RouteContext = { productId: 'dj-121' };
const none: RouteContext = {};

/** [message, context, route, list?] */
const cases: [string, RouteContext, MessageRoute, RecommendationKind?][] = [
  // Recommendation phrasings that name what to find are searches (the search parses price caps and category),
  // on a product page too: the page product's strip would drop the query.
  ['can you recommend running shoes under $100', onProduct, 'search'],
  ['can you recommend running shoes under $100', none, 'search'],
  ['find a laptop for me', onProduct, 'search'],
  ['suggest a laptop under 1000', none, 'search'],
  ['recommend a perfume for my wife', onProduct, 'search'],
  ['what would you recommend for a hiking trip under $50?', none, 'search'],
  ['推荐一款500元以内的耳机', onProduct, 'search'],
  ['推荐一款500元以内的耳机', none, 'search'],
  ['给我推荐几款跑步鞋', onProduct, 'search'],
  ['帮我找一台适合我的笔记本电脑', none, 'search'],
  // Review words beside a product name are a search, not the page product's reviews.
  ['phones with good ratings', onProduct, 'search'],
  ['top rated headphones', onProduct, 'search'],
  ['laptops with the best reviews', onProduct, 'search'],
  ['评价好的手机', onProduct, 'search'],
  // The page product's reviews.
  ['What do customers say about it?', onProduct, 'reviews'],
  ['reviews', onProduct, 'reviews'],
  ['any reviews?', onProduct, 'reviews'],
  ['what are the pros and cons', onProduct, 'reviews'],
  ['how are the ratings for this one?', onProduct, 'reviews'],
  ['买家怎么评价这款手机？', onProduct, 'reviews'],
  ['这款口碑怎么样', onProduct, 'reviews'],
  ['看看评价', onProduct, 'reviews'],
  ['顾客怎么说？', onProduct, 'reviews'],
  ['买过的人觉得怎么样？', onProduct, 'reviews'],
  ['What do buyers think?', onProduct, 'reviews'],
  // Lists that name nothing to find.
  ['What goes with this?', onProduct, 'recommend', 'goes-with'],
  ['any accessories for it?', onProduct, 'recommend', 'goes-with'],
  ['这个配什么好？', onProduct, 'recommend', 'goes-with'],
  ['show me something similar but cheaper', onProduct, 'recommend', 'similar'],
  ['alternatives to this', onProduct, 'recommend', 'similar'],
  ['有类似的吗', onProduct, 'recommend', 'similar'],
  ['recommend something for me', none, 'recommend', 'for-you'],
  ['what should I buy?', onProduct, 'recommend', 'for-you'],
  ['surprise me', none, 'recommend', 'for-you'],
  ['给我推荐几件', none, 'recommend', 'for-you'],
  ['有什么推荐的吗', onProduct, 'recommend', 'for-you'],
  ['猜我喜欢', none, 'recommend', 'for-you'],
  // "For me" about the product on screen asks whether it is worth it, not for a list.
  ['would you recommend this?', onProduct, 'reviews'],
  ['is this good for me?', onProduct, 'reviews'],
  // Without a product on screen, "similar" and "goes with" name what to search.
  ['something similar to the iPhone 9', none, 'search'],
  ['accessories for iphone', none, 'search'],
  // Compare.
  ['compare the iPhone 9 with the Samsung Galaxy S8', none, 'compare'],
  ['iPhone X vs Oppo F19', onProduct, 'compare'],
  ['which is better, the MacBook Pro or the Dell XPS?', none, 'compare'],
  ['compare this with the Oppo F19', onProduct, 'compare'],
  ['iPhone 9 和 Samsung Galaxy S8 比较', none, 'compare'],
  ['比较一下华为和苹果手机', none, 'compare'],
  ['这个和iPhone X比哪个好', onProduct, 'compare'],
  // What the other rules decide stays theirs.
  ['compare prices', none, 'search'],
  ['Where is my order?', onProduct, 'human-help'],
  ['What is the warranty?', onProduct, 'store-policy'],
  ['What do customers say about your shipping?', onProduct, 'store-policy'],
  ['Does it have a camera?', onProduct, 'product-question'],
];

describe('routing requests for a view (light path)', () => {
  it.each(cases)('%s (%o) -> %s %s', (message, context, route, list) => {
    const decision: RouteDecision = routeByRules(message, context);
    expect(decision).toMatchObject({ route, source: 'lexical' });
    if (list) expect(decision.list).toBe(list);
    else expect(decision.list).toBeUndefined();
  });

  it('“like this but cheaper” on a product page asks for the similar list below its price, kept to what it names', () => {
    const similarCheaper = (message: string) => {
      const d = routeByRules(message, onProduct);
      return d.route === 'recommend' && d.list === 'similar' && d.cheaper ? { about: d.about } : d.route;
    };
    expect(similarCheaper('anything like this for less?')).toEqual({ about: undefined });
    expect(similarCheaper('something similar but cheaper')).toEqual({ about: undefined });
    expect(similarCheaper('cheaper alternatives?')).toEqual({ about: undefined });
    expect(similarCheaper('Is there a cheaper backpack like this?')).toEqual({ about: 'backpack' });
    expect(similarCheaper('similar bag but cheaper')).toEqual({ about: 'bag' });
    expect(similarCheaper('有没有类似但更便宜的？')).toEqual({ about: undefined });
    expect(similarCheaper('有更便宜的类似的鞋吗？')).toEqual({ about: '鞋' });
    expect(similarCheaper('这款有便宜一点的吗？')).toEqual({ about: undefined });
    // An amount, or "cheaper than" something else, is a search or a question, not this list.
    expect(routeByRules('something similar but cheaper than $50', onProduct).cheaper).toBeUndefined();
    expect(routeByRules('is it cheaper than the iPhone X?', onProduct).cheaper).toBeUndefined();
    expect(routeByRules('比iPhone便宜吗？', onProduct).cheaper).toBeUndefined();
    // Without a product on screen there is no price to beat.
    expect(routeByRules('something similar but cheaper').cheaper).toBeUndefined();
    expect(routeByRules('cheaper running shoes', onProduct).cheaper).toBeUndefined();
  });

  it('names the sides of a compare request as written, and the product on screen when one side points at it', () => {
    expect(routeByRules('compare the iPhone 9 with the Samsung Galaxy S8').compare).toEqual({ items: ['iPhone 9', 'Samsung Galaxy S8'], withProduct: false });
    expect(routeByRules('这个和iPhone X比哪个好', onProduct).compare).toEqual({ items: ['iPhone X'], withProduct: true });
    expect(routeByRules('iPhone 9 和 Samsung Galaxy S8 比较').compare).toEqual({ items: ['iPhone 9', 'Samsung Galaxy S8'], withProduct: false });
    expect(routeByRules('how does this compare to the iPhone X?', onProduct).compare).toEqual({ items: ['iPhone X'], withProduct: true });
  });

  it('is no compare request without two products to compare', () => {
    expect(compareRequest('compare this with the Oppo F19', false)).toBeUndefined();
    expect(compareRequest('compare it with this', true)).toBeUndefined();
    expect(compareRequest('how does it compare?', true)).toBeUndefined();
    expect(compareRequest('running shoes', false)).toBeUndefined();
    expect(compareRequest('黑色和白色的性价比', false)).toBeUndefined();
  });
});
