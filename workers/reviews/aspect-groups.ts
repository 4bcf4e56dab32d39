import { categoryName, categoryOf } from './aspect-categories.ts';
import { termWords } from './aspect-terms.ts';
import { chineseFor, englishFor } from '../text/glossary.ts';
import { hasHan } from '../text/tokenize.ts';
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
 * The chip name of a group with no seed category, in `language`: its most frequent term when written
 * in it, else the glossary's word for the term; a term the glossary lacks keeps its own language and
 * says so (`nameLang`), never a made-up translation.
 */
function termName(term: string, language: 'en' | 'zh'): { name: string; nameLang?: 'en' | 'zh' } {
  const termLang = hasHan(term) ? 'zh' : 'en';
  if (termLang === language) return { name: term };
  const words = termWords(term);
  const glossed = language === 'zh' ? (chineseFor(term) ?? (words.length === 1 ? chineseFor(words[0]) : undefined)) : englishFor(term)[0];
  return glossed ? { name: glossed } : { name: term, nameLang: termLang };
}

/**
 * Groups mentions into aspect chips, named in `language` (the shopper's, or the reviews'). A sentence counts once per chip (its first mention there), so a
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
      ...(isCategory ? { name: categoryName(id, language) } : termName(terms[0], language)),
      terms,
      positive: count('positive'),
      negative: count('negative'),
      neutral: count('neutral'),
      quotes: group.quotes,
    });
  }
  return chips.sort((a, b) => b.quotes.length - a.quotes.length || a.name.localeCompare(b.name)).slice(0, limit);
}
