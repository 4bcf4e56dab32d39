import type { HistoryEntry, RecommendationKind, RecommendationReason, SimilarTrait } from '../../workers/engine-api.ts';

/** UI strings of the recommendation strip and the history panel, English and Chinese. */
export interface RecommendationStrings {
  heading: Record<RecommendationKind, string>;
  /** Heading of a similar list kept below the product's price. */
  cheaperHeading: string;
  addToCart: string;
  view: string;
  /** The reason line of a card; `why` is the engine's English sentence for the same reason. */
  reason(reason: RecommendationReason, why: string): string;
  historyTitle: string;
  historyEmpty: string;
  historyOff: string;
  historySwitch: string;
  historyLimits(maxEntries: number, maxAgeDays: number): string;
  historyNotKept: string;
  clear: string;
  remove(what: string): string;
  entry(entry: HistoryEntry): string;
  entryType: Record<HistoryEntry['type'], string>;
}

const zhTrait = (t: SimilarTrait): string => {
  switch (t.trait) {
    case 'same-brand': return `同品牌（${t.brand}）`;
    case 'similar-price': return '价格相近';
    case 'cheaper': return `便宜 ${t.percent}%`;
    case 'same-category': return '同类商品';
    case 'same-attribute': return `${t.name}相同（${t.value}）`;
    case 'similar-style': return '风格相似';
  }
};

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const en: RecommendationStrings = {
  heading: { similar: 'You may also like', 'goes-with': 'Goes well with this', 'for-you': 'Picked for you' },
  cheaperHeading: 'Similar, for less',
  addToCart: 'Add to cart',
  view: 'View',
  // The engine's English reason (the `why` of each recommendation), as a UI sentence.
  reason: (_r, why) => capitalize(why),
  historyTitle: 'Your history on this device',
  historyEmpty: 'Nothing kept yet.',
  historyOff: 'History is off: nothing new is kept.',
  historySwitch: 'Keep history on this device',
  historyLimits: (n, days) =>
    `Kept for your recommendations: the products you viewed, added to the cart or bought, and the search words of your searches (not what you typed; never card or phone numbers, emails or addresses). On this device only, never sent anywhere. Up to ${n} items, for ${days} days.`,
  historyNotKept: 'This browser does not let the shop keep history, so nothing is kept.',
  clear: 'Clear history',
  remove: (what) => `Remove ${what}`,
  entry: (e) => e.query ?? e.title ?? e.productId ?? '',
  entryType: { view: 'Viewed', cart: 'Added to cart', purchase: 'Bought', search: 'Searched' },
};

const zh: RecommendationStrings = {
  heading: { similar: '猜你喜欢', 'goes-with': '搭配推荐', 'for-you': '为你推荐' },
  cheaperHeading: '更便宜的类似商品',
  addToCart: '加入购物车',
  view: '查看',
  reason(r) {
    switch (r.kind) {
      case 'viewed': return `因为您看过 ${r.title}`;
      case 'carted': return `因为 ${r.title} 在您的购物车中`;
      case 'searched': return `因为您搜索了“${r.query}”`;
      case 'accessory-for': return `适合您买的 ${r.title}`;
      case 'bought-together': return `您曾与 ${r.title} 一起购买`;
      case 'goes-with': return `与 ${r.title} 很搭`;
      case 'similar': return r.traits.length ? r.traits.map(zhTrait).join('，') : '相似商品';
      case 'popular': return r.rating !== undefined ? `热门：评分 ${r.rating.toFixed(1)} / 5` : '店内热门';
    }
  },
  historyTitle: '您在本设备上的浏览记录',
  historyEmpty: '暂无记录。',
  historyOff: '记录已关闭：不会保存新的记录。',
  historySwitch: '在本设备上保存记录',
  historyLimits: (n, days) =>
    `为您推荐而保存：您浏览、加入购物车或购买的商品，以及搜索中的关键词（不保存您输入的原文，绝不保存卡号、电话、邮箱或地址）。仅保存在本设备上，绝不会发送到任何地方。最多 ${n} 条，保留 ${days} 天。`,
  historyNotKept: '此浏览器不允许保存记录，因此不会保存任何内容。',
  clear: '清除记录',
  remove: (what) => `删除 ${what}`,
  entry: (e) => e.query ?? e.title ?? e.productId ?? '',
  entryType: { view: '看过', cart: '加入购物车', purchase: '已购买', search: '搜索' },
};

/** Strings for a language tag: Chinese for any `zh*`, English otherwise. */
export function recommendationStringsFor(lang: string | undefined): RecommendationStrings {
  return lang?.toLowerCase().startsWith('zh') ? zh : en;
}

/** The language an element should speak: the nearest `lang` attribute, else the document's. */
export function elementLanguage(host: Element): string {
  return host.closest('[lang]')?.getAttribute('lang') ?? host.ownerDocument.documentElement.lang;
}
