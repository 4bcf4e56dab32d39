import { tokenize } from '../text/tokenize.ts';
import { splitSentences } from '../text/sentences.ts';

/**
 * The part of a policy text worth quoting for a question: the sentence that names the most asked
 * words (a `specific` word, such as a country or a payment method, counts triple), and any other
 * sentence that names as many, at most `max`, kept in their order. A one-sentence text is quoted
 * whole; when no sentence names an asked word, the first `max` sentences are. Each part is verbatim
 * text from the policy; parts that were not next to each other are joined with " … ".
 * "Do you ship to Canada?" quotes "We ship to … Canada …", not the sentence about South America.
 */
export function quoteFor(text: string, questionTerms: Iterable<string>, max = 2, specific: readonly string[] = []): string {
  const sentences = splitSentences(text).map((s) => s.text);
  if (sentences.length <= 1) return text;
  const terms = [...questionTerms];
  const scored = sentences.map((sentence, index) => {
    const words = new Set(tokenize(sentence));
    let overlap = 0;
    for (const term of terms) {
      const named = words.has(term) || [...words].some((w) => w.length > 3 && term.length > 3 && (w.startsWith(term) || term.startsWith(w)));
      if (named) overlap += specific.includes(term) ? 3 : 1;
    }
    return { sentence, index, overlap };
  });
  const top = Math.max(...scored.map((s) => s.overlap));
  if (top === 0) return sentences.slice(0, max).join(' ');
  const kept = scored.filter((s) => s.overlap === top).slice(0, max);
  return kept.map((s, i) => (i === 0 ? '' : s.index === kept[i - 1].index + 1 ? ' ' : ' … ') + s.sentence).join('');
}
