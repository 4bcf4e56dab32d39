import { crossLanguageTerms } from '../search/lexical-index.ts';
import { englishFor, glossaryWords } from '../text/glossary.ts';
import { hasHan, tokenize } from '../text/tokenize.ts';
import { findPaymentMethods } from '../topics/payment-methods.ts';
import glossary from './policy-zh-en.json' with { type: 'json' };

const zhTerms: Record<string, string[]> = glossary.terms;
const zhWords = Object.keys(zhTerms).sort((a, b) => b.length - a.length);

/** English words too common in questions to say anything about which policy answers them. */
const stopWords = new Set(
  ('a an the and or of to in on at up out off for from by with about is are was were be been do does did can could will would ' +
    'should may might i you we it its this that these those my your our me us they them there here what which who how ' +
    'when where why if any some have has had not no yes please tell know get shop store item items product products ' +
    "what's it's i'm i've i'd don't doesn't can't won't isn't there's you're we're")
    .split(' '),
);

/** True for a word that carries meaning in a policy question (not a stop word, not one letter). */
export function isContentTerm(term: string): boolean {
  return !stopWords.has(term) && (term.length > 1 || hasHan(term));
}

/**
 * The words a policy is looked up by: the question's own content words, plus English words for the
 * Chinese policy and shopping words in it (so "什么时候发货" finds "dispatched within 1 business day"),
 * and for the ways to pay it names (美国运通: "american express", before 美国 can say "united states").
 */
export function policyQueryTerms(question: string): string[] {
  const terms = new Set(tokenize(question).filter(isContentTerm));
  if (hasHan(question)) {
    let rest = question.normalize('NFKC').toLowerCase();
    for (const { method, start, end } of findPaymentMethods(rest).reverse()) {
      if (!hasHan(rest.slice(start, end))) continue;
      for (const t of tokenize(method.en[0])) if (isContentTerm(t)) terms.add(t);
      rest = `${rest.slice(0, start)} ${rest.slice(end)}`;
    }
    for (const word of zhWords) {
      if (!rest.includes(word)) continue;
      for (const en of zhTerms[word]) if (isContentTerm(en)) terms.add(en);
      rest = rest.split(word).join(' ');
    }
    for (const en of crossLanguageTerms(rest)) for (const t of tokenize(en)) if (isContentTerm(t)) terms.add(t);
  }
  return [...terms];
}

/**
 * The English words that stand for one Chinese word of the question, word by word ("笔记本": laptop,
 * notebook): when one of them names something, the others name the same thing. Empty for English.
 */
export function policyTermGroups(question: string): string[][] {
  if (!hasHan(question)) return [];
  const words = new Set([...zhWords, ...glossaryWords, ...tokenize(question)].filter((w) => hasHan(w) && question.includes(w)));
  return [...words].map((w) => [...(zhTerms[w] ?? []), ...englishFor(w)].filter(isContentTerm)).filter((g) => g.length > 1);
}
