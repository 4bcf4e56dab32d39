/** UI strings of <aisle-review-summary>, English and Chinese. */
const en = {
  heading: 'Customers say',
  fromReviews: (n: number) => (n === 1 ? 'From 1 review' : `From ${n} reviews`),
  sourceLexical: 'Picked from reviews on your device',
  sourceModel: 'Picked from reviews with an on-device model',
  noReviews: 'No reviews yet.',
  ratings: 'Rating distribution',
  stars: (n: number) => (n === 1 ? '1 star' : `${n} stars`),
  starsCount: (n: number, count: number, total: number) => `${n} stars: ${count} of ${total} reviews`,
  aspects: 'What reviewers mention',
  chip: (name: string, pos: number, neg: number) => `${name}: ${pos} positive, ${neg} negative mentions`,
  quotesFor: (name: string) => `What reviewers say about ${name}`,
  pros: 'Pros',
  cons: 'Cons',
  noPros: 'No aspect that reviewers mostly praise.',
  noCons: 'No aspect that reviewers mostly fault.',
  positive: 'positive',
  negative: 'negative',
  neutral: 'neutral',
  review: (n: number) => `Review ${n}`,
};

export type ReviewSummaryStrings = typeof en;

const zh: ReviewSummaryStrings = {
  heading: '买家评价',
  fromReviews: (n) => `基于 ${n} 条评价`,
  sourceLexical: '在您的设备上从评价中摘取',
  sourceModel: '由设备上的模型从评价中摘取',
  noReviews: '暂无评价。',
  ratings: '评分分布',
  stars: (n) => `${n} 星`,
  starsCount: (n, count, total) => `${n} 星：${total} 条中的 ${count} 条`,
  aspects: '买家提到',
  chip: (name, pos, neg) => `${name}：${pos} 条好评，${neg} 条差评`,
  quotesFor: (name) => `买家对“${name}”的评价`,
  pros: '优点',
  cons: '缺点',
  noPros: '没有买家主要称赞的方面。',
  noCons: '没有买家主要批评的方面。',
  positive: '好评',
  negative: '差评',
  neutral: '中性',
  review: (n) => `第 ${n} 条评价`,
};

/** Strings for a language tag: Chinese for zh*, English otherwise. */
export function reviewSummaryStrings(lang: string | null | undefined): ReviewSummaryStrings {
  return lang?.toLowerCase().startsWith('zh') ? zh : en;
}
