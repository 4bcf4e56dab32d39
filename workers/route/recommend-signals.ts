import type { RecommendationKind } from '../protocol/recommend.ts';
import { isStopword } from '../text/stopwords.ts';
import { matches, productReference } from './message-signals.ts';

/**
 * Phrasings that ask for a view rather than name what to find, English and Chinese, read from
 * lower-cased NFKC text. Whether a message asks only for the view ("what do people say about it?",
 * "recommend me something") or also names products ("phones with good ratings", "recommend running
 * shoes under $100", "推荐一款500元以内的耳机") is decided by `namesSomething`: the latter are searches.
 */

/** What customers say: reviews, ratings, pros and cons. */
export const reviewSignals = [
  /\b(reviews?|reviewers?|ratings?|rated|pros and cons|customers? (say|said|think)|what (do|did) (people|customers|buyers|users|others|owners) (say|think)|what (are )?(people|customers|buyers|users|owners) (saying|think))\b/,
  /(评价|评论|口碑|好评|差评|评分|优缺点|买家说|反馈|(买家|大家|用户|顾客|客户|消费者|买过的人|别人)(都)?(怎么说|怎么看|说什么|说了什么|觉得怎么样|觉得如何))/,
];

/** Recommendation lists, by kind; goes-with and similar are about the product on screen. */
export const recommendSignals: [RecommendationKind, RegExp[]][] = [
  ['goes-with', [
    /\b(go(es)? (well )?with|pairs? (well )?with|to go with|match(es)? with|accessor(y|ies)|complete the (look|set|outfit)|what (else )?(do i|should i|would i|can i|to) (need|buy|get|add|wear|use) (with|for))\b/,
    /(搭配|配什么|配件|一起买|配套)/,
  ]],
  ['similar', [
    /\b(similar|alternatives?|like this( one)?|something like|other options|instead of|anything else like|cheaper (one|version|option|alternative)s?)\b/,
    /(类似|相似|差不多的|替代|同款|更便宜的|其他选择|别的选择)/,
  ]],
  ['for-you', [
    /\b(recommend(ations?|ed)?|suggest(ions?|ed)?|for me|picks?|what should i (buy|get)|surprise me|you think i('d| would) like)\b/,
    /(推荐|适合我|给我选|猜我喜欢|帮我挑|帮我选)/,
  ]],
];

/**
 * A lower price than the product on screen's, asked without naming one: "… but cheaper", "for less",
 * "更便宜的". "Cheaper than $50" and "is it cheaper than X?" compare with something else (a price cap,
 * a comparison) and are left out by `asksCheaper`.
 */
export const cheaperSignals = [
  /\b(cheaper|less expensive|lower[- ]priced|more affordable|for less|(at|for) a lower price|costs? less)\b/,
  /(更便宜|便宜[一些点]+|价格更低|价钱更低|更低价|更实惠|更划算)/,
];

/** True when the text asks for something cheaper than the product on screen (no amount, no "than X"). */
export function asksCheaper(text: string): boolean {
  return matches(cheaperSignals, text) && !/\d|\bthan\b|比/.test(text);
}

/** Words around a request that name nothing to find ("can you show me something else, please?"). */
const fillerWords = new Set([
  'do', 'does', 'did', 'have', 'has', 'had', 'how', 'about', 'say', 'think', 'people', 'customers', 'customer', 'buyers',
  'users', 'others', 'owners', 'overall', 'there', 'here', 'anything', 'else', 'other', 'cheaper', 'better', 'less',
  'expensive', 'option', 'options', 'maybe', 'perhaps', 'us', 'them', 'they', 'was', 'were', 'am', 'not', 'too', 'much',
  'more', 'similar', 'next', 'today', 'now', 'let', "let's", 'lets', 'tell', 'give', 'see', 'know', 'read', 'check',
  'summary', 'summarize', 'summarise', 'general', 'again', 'way', 'ok', 'okay', 'hi', 'hello', 'thanks', 'thank',
  'whats', "what's", 'where', 'why', 'when', 'happy', 'satisfied', 'worth', 'if', 'so', 'got', 'go',
]);

/** Chinese words around a request that name nothing to find. */
const chineseFiller = /(但是|但|而且|不过|给我|帮我|帮忙|我们|我|你们|你|一下|一款|一些|一个|几款|几件|几个|几样|点儿|点|些|什么|东西|产品|商品|哪些|哪个|怎么样|怎样|如何|看看|有没有|可以|能不能|能|请|好的|好|的|吗|呢|吧|啊|呀|有|还|别的|其他|大家|买家|用户|说|都|也|是|在)/g;

const global = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);

/**
 * True when `text` (lower-cased) names something to find once the request phrasing (`signals`), words
 * that point at the product on screen, stopwords and filler are taken out: "phones with good ratings"
 * (phones), "recommend running shoes under $100" (running shoes, $100), "推荐一款500元以内的耳机" (500元以内,
 * 耳机). "What do customers say about it?", "recommend me something" and "给我推荐几件" name nothing.
 */
export function namesSomething(text: string, signals: RegExp[]): boolean {
  return namedWords(text, signals).length > 0;
}

/** The words `text` (lower-cased) names besides the request phrasing, filler and stopwords (see `namesSomething`). */
export function namedWords(text: string, signals: RegExp[]): string[] {
  let rest = text;
  for (const pattern of [...signals, ...productReference]) rest = rest.replace(global(pattern), ' ');
  rest = rest.replace(chineseFiller, ' ');
  return rest
    .split(/[^\p{L}\p{N}$€£¥]+/u)
    .filter((word) => word.length > 0 && !isStopword(word) && !fillerWords.has(word) && !/^[$€£¥]$/.test(word));
}

/** True when the text points at the product on screen ("it", "this one", "这款"). */
export function refersToProduct(text: string): boolean {
  return productReference.some((p) => p.test(text));
}
