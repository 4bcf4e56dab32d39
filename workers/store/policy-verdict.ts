import { splitSentences } from '../text/sentences.ts';
import { hasHan } from '../text/tokenize.ts';

/** True when lower-case text names a word: at the start of a word ("ship" in "shipping", not "pay" in "Alipay"); anywhere for Chinese. */
export function names(text: string, word: string): boolean {
  if (hasHan(word)) return text.includes(word);
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) if (i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1])) return true;
  return false;
}

/** A question that wants a yes or a no: "Do you ship to …?", "Can I pay with …?", "能寄到…吗？". */
export const yesNoQuestion = /^\s*(?:do|does|did|can|could|is|are|will|would|may|should)\b|[吗嘛][？?]?\s*$|能不能|可不可以|是否|有没有/i;
const negation = /\b(?:not|no|never|cannot|can't|don't|doesn't|won't|isn't|aren't)\b|不|没有|无法|未/i;

/**
 * Yes or no for a yes/no policy question: the policy sentence that names the most asked words (a
 * country, a payment method, "water damage"; the specific ones count triple) says it, negated or not.
 * Undefined when the question is not a yes/no one, no sentence names an asked word, or the question
 * asks about something (`must`, by default the specific words) that the sentence does not name
 * ("Ships in 2 weeks" does not say whether it ships to Canada): then the quote speaks for itself.
 */
export function policyVerdict(
  question: string, policy: string, asked: string[], specific: string[] = [], must: readonly string[] = specific,
): 'yes' | 'no' | undefined {
  if (!yesNoQuestion.test(question)) return undefined;
  const words = asked.filter((t) => t.length > 1);
  const named = (text: string) => {
    const lower = text.toLowerCase();
    return words.reduce((n, t) => n + (names(lower, t) ? (specific.includes(t) ? 3 : 1) : 0), 0);
  };
  const best = splitSentences(policy)
    .map(({ text: sentence }) => ({ sentence, n: named(sentence) }))
    .sort((a, b) => b.n - a.n)[0];
  if (!best?.n || (must.length && !must.some((t) => names(best.sentence.toLowerCase(), t)))) return undefined;
  // The clause holding the asked thing decides ("We ship to …, Canada" vs "We do not ship to South America").
  const clauses = best.sentence.split(/[;:]|,\s*(?:but|except)\b/i);
  const clause = clauses.sort((a, b) => named(b) - named(a))[0];
  return negation.test(clause) ? 'no' : 'yes';
}
