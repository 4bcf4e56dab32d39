/**
 * Words that carry the grammar of a shopper's question, not its subject ("does", "it", "吗"),
 * dropped before matching. Kept small and explicit: property words ("heavy", "size") stay.
 */
export const questionStopwords: ReadonlySet<string> = new Set([
  // English
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'so', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'about', 'as', 'into', 'than', 'then',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'done', 'doing', 'can', 'could', 'will', 'would', 'shall', 'should', 'may', 'might', 'must',
  'have', 'has', 'had', 'having', 'get', 'gets', 'got', 'there', 'here',
  'it', 'its', "it's", 'this', 'that', 'these', 'those', 'they', 'them', 'their', 'i', 'me', 'my', 'we', 'us', 'our', 'you', 'your', 'he', 'she', 'him', 'her', 'one', 'ones',
  'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'how', 'whats', "what's", 'hows', 'much', 'many', 'any', 'some', 'all', 'also', 'just', 'very', 'really', 'too',
  'not', 'no', 'yes', 'please', 'like', 'say', 'says', 'think', 'people', 'customers', 'buyers', 'buy', 'buying', 'purchase', 'money', 'opinion', 'anyone', 'know', 'tell', 'thanks', 'thank', 'item', 'product', 'thing', 'use', 'used', 'using', 'work', 'works', 'support', 'supports', 'come', 'comes', 'came', 'suitable', 'suited',
  // Chinese (single characters and common function words)
  '这', '这个', '这款', '那', '那个', '吗', '呢', '吧', '啊', '的', '了', '是', '能', '能否', '可以', '会', '有', '没有', '我', '你', '它', '他', '她', '们', '什么', '怎么', '怎样', '多少',
  '请问', '么', '个', '款', '件', '商品', '产品', '东西', '否', '是否', '支持', '用', '适合', '适用', '合适', '吗？', '一', '下', '还', '都', '也', '就', '在', '和', '与', '及',
]);

/** Opinion cues: a question with one of these asks what buyers think, and is answered from reviews first. */
export const opinionWords: ReadonlySet<string> = new Set([
  'good', 'great', 'bad', 'worth', 'quality', 'recommend', 'love', 'hate', 'happy', 'satisfied', 'reliable', 'decent', 'nice', 'better', 'best', 'worse', 'worst', 'review', 'reviews', 'reviewer', 'reviewers',
  '好', '好不好', '怎么样', '如何', '值得', '值不值', '推荐', '评价', '口碑', '好用', '质量', '靠谱', '满意', '喜欢',
]);
