import { tokenize } from '../text/tokenize.ts';
import { splitSentences } from '../text/sentences.ts';


/**
 * The part of a policy text worth quoting for a question: the whole text when short, otherwise the
 * sentences that share the most words with the question (at most `max`), kept in their order.
 * Each part of the quote is verbatim text from the policy; parts that were not next to each other
 * are joined with " … ".
 */
export function quoteFor(text: string, questionTerms: Set<string>, max = 2): string {
  const sentences = splitSentences(text).map((s) => s.text);
  if (sentences.length <= max || text.length <= 240) return text;
  const scored = sentences.map((sentence, index) => {
    const words = new Set(tokenize(sentence));
    let overlap = 0;
    for (const term of questionTerms) if (words.has(term) || [...words].some((w) => w.length > 3 && term.length > 3 && (w.startsWith(term) || term.startsWith(w)))) overlap++;
    return { sentence, index, overlap };
  });
  const best = [...scored].sort((a, b) => b.overlap - a.overlap || a.index - b.index).slice(0, max);
  if (best[0].overlap === 0) return sentences.slice(0, max).join(' ');
  const kept = best.sort((a, b) => a.index - b.index);
  return kept.map((s, i) => (i === 0 ? '' : s.index === kept[i - 1].index + 1 ? ' ' : ' … ') + s.sentence).join('');
}
