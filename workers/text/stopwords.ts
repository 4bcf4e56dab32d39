/**
 * Words that carry no product meaning in a shopping query ("show me a ... for the ..."), in
 * English and Chinese. Dropped before lexical matching so they cannot pull in every description.
 */
export const stopwords: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'for', 'of', 'to', 'in', 'on', 'with', 'and', 'or', 'at', 'by', 'from', 'my', 'me', 'i', 'we',
  'you', 'your', 'our', 'is', 'are', 'be', 'it', 'its', 'this', 'that', 'these', 'those', 'some', 'any', 'something',
  'stuff', 'things', 'thing', 'item', 'items', 'product', 'products', 'show', 'find', 'search', 'looking', 'look',
  'want', 'need', 'buy', 'get', 'please', 'good', 'nice', 'best', 'great', 'who', 'which', 'what', 'like', 'likes',
  'one', 'ones', 'very', 'really', 'also', 'but', 'as', 'than', 'can', 'could', 'would', 'should', 'will', 'just',
  '的', '了', '和', '与', '或', '给', '我', '我们', '你', '想', '想要', '要', '买', '找', '一个', '一款', '一些', '个',
  '款', '适合', '送', '送给', '有', '是', '在', '吗', '呢', '吧', '啊', '请', '帮', '推荐', '一下', '些', '用', '用的', '东西',
]);

/** True when a token carries no product meaning. */
export function isStopword(token: string): boolean {
  return stopwords.has(token);
}
