import { ASPECT_CATEGORIES, categoryOf } from './aspect-categories.ts';
import { chineseWordKind, startsWithOpinion } from './chinese-sentiment.ts';
import type { TermSpan } from './reviews-types.ts';

const wordSegmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Chinese seed words, longest first: found directly, since ICU may split them ("客服" → 客|服). */
const chineseSeeds = Object.values(ASPECT_CATEGORIES)
  .flatMap((c) => c.seeds)
  .filter((s) => /^\p{Script=Han}{2,}$/u.test(s))
  .sort((a, b) => b.length - a.length);

/** Words that are never aspects: pronouns, the product in general, time, filler. */
const STOPWORDS = new Set(
  ('我们 你们 他们 她们 自己 大家 这个 那个 这些 那些 这次 这款 这家 这里 那里 东西 宝贝 商品 产品 感觉 觉得 真的 确实 其实 总体 总之 整体 ' +
    '以后 之前 以前 现在 今天 昨天 时候 一下 一个 一点 一次 第一 还是 就是 但是 不过 可是 因为 所以 而且 如果 然后 已经 非常 比较 ' +
    '什么 怎么 为什么 朋友 老公 老婆 孩子 家人 卖家 店家 这样 那样 这么 那么 一直 一样 有点 特别 不错').split(' '),
);

/** Particles that may stand between an aspect and its opinion ("物流也很快", "价格还是贵"). */
const LINKS = /^(?:也|都|还|就|是|的|真|又|挺|还是|真的|实在|确实|有|比较)*/u;

/**
 * Aspect terms of one Chinese sentence, found without training: ICU word segmentation, then a word
 * that is followed (across particles like 也/都/还) by a sentiment, degree or negation word of the
 * lexicon ("物流很快" → 物流, "音质不好" → 音质), or that is a seed word of a category (电池, 屏幕).
 */
export function chineseAspectTerms(sentence: string): TermSpan[] {
  const spans: TermSpan[] = [];
  const overlaps = (start: number, end: number) => spans.some((s) => start < s.end && end > s.start);
  for (const seed of chineseSeeds) {
    for (let at = sentence.indexOf(seed); at >= 0; at = sentence.indexOf(seed, at + seed.length)) {
      if (!overlaps(at, at + seed.length)) spans.push({ term: seed, start: at, end: at + seed.length });
    }
  }
  for (const part of wordSegmenter.segment(sentence)) {
    const word = part.segment;
    if (overlaps(part.index, part.index + word.length)) continue;
    if (!part.isWordLike || !/^\p{Script=Han}+$/u.test(word) || STOPWORDS.has(word) || chineseWordKind(word)) continue;
    const seeded = categoryOf(word, [word]) !== undefined;
    if (word.length < 2 && !seeded) continue;
    const after = sentence.slice(part.index + word.length).replace(LINKS, '');
    if (seeded || startsWithOpinion(after)) spans.push({ term: word, start: part.index, end: part.index + word.length });
  }
  return spans.sort((a, b) => a.start - b.start);
}
