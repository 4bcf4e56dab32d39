import { categoryName, categoryOf } from './aspect-categories.ts';
import { termWords } from './aspect-terms.ts';
import type { AspectChip, Polarity, ReviewQuote } from '../protocol/reviews.ts';
import type { ScoredMention } from './reviews-types.ts';

/**
 * The group a term joins: its seed category when it meets one ("battery life" → battery), else its
 * head word, singular ("zippers" and "the zipper" → zipper), so similar terms share a chip.
 */
export function groupKey(term: string): string {
  const words = termWords(term);
  return categoryOf(term, words) ?? words.join(' ');
}

/**
 * Groups mentions into aspect chips. A sentence counts once per chip (its first mention there), so a
 * chip's positive/negative/neutral counts are exactly the quotes it opens. Chips are ordered by how
 * many mentions they have; a group with fewer than `minMentions` sentences is left out, and so is an
 * unnamed group (no seed category) mentioned only once.
 */
export function groupAspects(
  mentions: ScoredMention[],
  language: 'en' | 'zh',
  { limit = 8, minMentions = 1 }: { limit?: number; minMentions?: number } = {},
): AspectChip[] {
  type Group = { terms: Map<string, number>; quotes: ReviewQuote[]; seen: Set<string> };
  const groups = new Map<string, Group>();
  for (const mention of mentions) {
    const key = groupKey(mention.term);
    if (!key) continue;
    const group: Group = groups.get(key) ?? { terms: new Map(), quotes: [], seen: new Set() };
    groups.set(key, group);
    const surface = mention.term.toLowerCase();
    group.terms.set(surface, (group.terms.get(surface) ?? 0) + 1);
    const where = `${mention.sentence.reviewIndex}:${mention.sentence.sentenceIndex}`;
    if (group.seen.has(where)) continue;
    group.seen.add(where);
    group.quotes.push({ ...mention.sentence, polarity: mention.polarity });
  }
  const chips: AspectChip[] = [];
  for (const [id, group] of groups) {
    const isCategory = categoryName(id, language) !== id;
    if (group.quotes.length < minMentions || (!isCategory && group.quotes.length < 2)) continue;
    const terms = [...group.terms].sort((a, b) => b[1] - a[1]).map(([t]) => t);
    const count = (p: Polarity) => group.quotes.filter((q) => q.polarity === p).length;
    chips.push({
      id,
      name: isCategory ? categoryName(id, language) : terms[0],
      terms,
      positive: count('positive'),
      negative: count('negative'),
      neutral: count('neutral'),
      quotes: group.quotes,
    });
  }
  return chips.sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name)).slice(0, limit);
}
