import { tokenize } from '../text/tokenize.ts';
import type { Polarity } from '../protocol/reviews.ts';

/*
 * A deliberately small lexicon, private to Q&A, so "7 of 9 reviews that mention battery are
 * positive" works without a model. The full review sentiment (workers/reviews/) replaces this:
 * only `reviewPolarity` is used elsewhere in qa/, so swapping it is a one-line change.
 */
const positive = new Set([
  'good', 'great', 'excellent', 'amazing', 'awesome', 'love', 'loved', 'loves', 'perfect', 'nice', 'best', 'fantastic', 'happy', 'satisfied', 'impressed',
  'recommend', 'comfortable', 'sturdy', 'durable', 'reliable', 'fast', 'easy', 'beautiful', 'solid', 'works', 'worth', 'well', 'lasts', 'fine', 'pleased', 'favorite', 'superb',
  '好', '很好', '不错', '喜欢', '满意', '推荐', '舒服', '舒适', '耐用', '结实', '漂亮', '快', '值得', '完美', '好用', '给力', '持久', '清晰',
]);
const negative = new Set([
  'bad', 'poor', 'terrible', 'awful', 'horrible', 'hate', 'broke', 'broken', 'break', 'breaks', 'cheap', 'flimsy', 'disappointed', 'disappointing', 'worst', 'waste', 'useless', 'defective',
  'slow', 'short', 'dies', 'died', 'drains', 'problem', 'problems', 'issue', 'issues', 'returned', 'uncomfortable', 'leaks', 'leaked', 'noisy', 'loud', 'weak', 'fails', 'failed', 'stopped', 'junk',
  '差', '很差', '不好', '失望', '坏', '坏了', '退货', '垃圾', '慢', '难用', '漏', '吵', '不满意', '后悔', '一般',
]);
const negators = new Set(['not', 'no', 'never', "n't", 'dont', "don't", 'didnt', "didn't", 'isnt', "isn't", 'wasnt', "wasn't", 'doesnt', "doesn't", 'hardly', '不', '没', '没有', '别', '不是']);

/**
 * Polarity of a review sentence from the small lexicon: each opinion word counts +1/-1, flipped
 * when one of the two words before it negates. Falls back to the star rating (4-5 positive,
 * 1-2 negative) when the words say nothing.
 */
export function reviewPolarity(text: string, rating?: number): Polarity {
  const words = tokenize(text.replace(/n't\b/g, " n't"));
  let score = 0;
  words.forEach((word, i) => {
    const sign = positive.has(word) ? 1 : negative.has(word) ? -1 : 0;
    if (!sign) return;
    const negated = negators.has(words[i - 1] ?? '') || negators.has(words[i - 2] ?? '');
    score += negated ? -sign : sign;
  });
  if (score > 0) return 'positive';
  if (score < 0) return 'negative';
  if (rating !== undefined) return rating >= 4 ? 'positive' : rating <= 2 ? 'negative' : 'neutral';
  return 'neutral';
}
