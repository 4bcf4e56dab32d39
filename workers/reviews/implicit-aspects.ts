import { groupKey } from './aspect-groups.ts';
import { clauseSpans } from './aspect-sentiment.ts';
import type { TermSpan } from './reviews-types.ts';

/**
 * Opinion words that name their aspect without a noun (Hu & Liu's implicit aspects): "so comfortable"
 * is about comfort, "too expensive" about price, "舒服" about 舒适度. Each maps to a seed category.
 */
const IMPLICIT: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:comfortable|uncomfortable|comfy)\b|舒服|舒适/giu, 'comfort'],
  [/\b(?:expensive|pricey|overpriced|affordable|inexpensive)\b|便宜|实惠|划算|太贵|偏贵|有点贵/giu, 'price'],
  [/\b(?:heavy|lightweight)\b|笨重|轻便/giu, 'weight'],
  [/\b(?:durable|flimsy|sturdy|well made|well-made|cheaply made)\b|耐用|结实/giu, 'quality'],
  [/\b(?:delivered|arrived)\b|到货|发货/giu, 'shipping'],
  [/\b(?:runs? (?:small|large|big)|true to size)\b|偏大|偏小/giu, 'size'],
];

/**
 * Implicit aspect mentions of a sentence, as spans over their cue words. A cue is left out where the
 * sentence already names that aspect (a sentence counts once per chip), and where its own clause names
 * another aspect ("电池不太耐用" is about the battery, not quality).
 */
export function implicitAspects(sentence: string, explicit: TermSpan[]): TermSpan[] {
  const named = new Set(explicit.map((s) => groupKey(s.term)));
  const spans: TermSpan[] = [];
  const clauses = clauseSpans(sentence);
  const clauseNamesAspect = (at: number) => {
    const clause = clauses.find((c) => at >= c.start && at < c.end);
    return clause !== undefined && explicit.some((s) => s.start >= clause.start && s.start < clause.end);
  };
  for (const [pattern, category] of IMPLICIT) {
    if (named.has(category)) continue;
    const match = new RegExp(pattern.source, pattern.flags).exec(sentence);
    if (!match || clauseNamesAspect(match.index)) continue;
    named.add(category);
    spans.push({ term: category, start: match.index, end: match.index + match[0].length });
  }
  return spans;
}
