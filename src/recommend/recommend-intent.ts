import type { RecommendationKind } from '../../workers/engine-api.ts';

const patterns: [RecommendationKind, RegExp][] = [
  ['goes-with', /\b(goes?|go|pairs?|match(es)?) (well )?with\b|\bwhat (else )?(do i|should i|to) (need|buy|get) (with|for)\b|\baccessor(y|ies) for\b|\bcomplete the (look|set)\b|搭配|配什么|配件|一起买/i],
  ['similar', /\b(similar|alternatives?|like this|something like|other options|instead of|cheaper (one|version|option))\b|类似|相似|差不多的|替代|同款|更便宜的/i],
  ['for-you', /\b(recommend|suggest|for me|picks?|what should i buy|surprise me)\b|推荐|适合我|给我选|猜我喜欢/i],
];

/**
 * Which recommendation list a chat message asks for ("what goes with this?" -> goes-with, "anything
 * similar but cheaper?" -> similar, "recommend me something" -> for-you), English and Chinese; undefined when
 * it asks for none. The assistant uses it to answer such messages with `recommend()` instead of search.
 */
export function recommendationIntent(message: string): RecommendationKind | undefined {
  for (const [kind, pattern] of patterns) if (pattern.test(message)) return kind;
  return undefined;
}
