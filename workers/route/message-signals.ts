/** The light path's word lists and patterns (English and Chinese), read from lower-cased NFKC text. */

/** A question form: starts like a question, ends with a question mark, or (Chinese) asks with 吗/么/呢/能不能... */
export const questionForm = [
  /^(does|do|is|are|can|could|will|would|should|has|have|how|what|which|when|where|why|who|am|did|was|were)\b/,
  /[?？]\s*$/,
  /(吗|么|呢|能不能|可不可以|是不是|有没有|多少|多久|多大|多重|多长|怎么|怎样|如何|什么|哪)/,
];

/** Words that point at the product on screen. */
export const productReference = [/\b(it|its|it's|this|this one|these|they|them)\b/, /(这个|这款|这件|这双|这台|这部|它|该商品|本品)/];

/** Signs of a product search: asking to find, filters, prices, "gift for". */
export const searchSignals = [
  /\b(show|find|search|looking for|look for|recommend|suggest|need (a|an|some)|want (a|an|some)|any good|best|cheapest|cheap|top rated|compare|alternatives?)\b/,
  /\b(under|below|less than|over|above|around|between) [$€£¥]?\d/,
  /[$€£¥]\s?\d/,
  /\b(gift|present) (for|ideas)\b/,
  /(推荐|想买|帮我找|找一?[个款件双台]|送给|元以[内下]|块以[内下]|以内|以下|便宜|最好的|哪款|哪个好|礼物)/,
];

/** Shop services that are store questions even though no policy topic names them (gift wrap, price match, pickup). */
export const storeServiceSignals = [
  /\b(gift ?wrap\w*|price ?match\w*|price adjustment|price protection|pick ?up (\w+ ){0,3}in(-| )store|in-store pickup|click and collect|collect in store|pre-?orders?|physical (store|shop)|store locations?|brick and mortar|showroom|loyalty (program|points|scheme)|reward points|trade-?in|recycl\w*|assembly service|installation service|wholesale|bulk orders?|gift receipts?|carbon neutral|sustainab\w*)\b/,
  /(礼品包装|包装成礼物|价格保护|保价|差价|自提|门店|实体店|线下店|预售|预订|以旧换新|回收|安装服务|上门安装|批发|大宗|积分|会员卡|贺卡)/,
];

/** True when any of the patterns matches the text. */
export const matches = (patterns: RegExp[], text: string) => patterns.some((p) => p.test(text));
