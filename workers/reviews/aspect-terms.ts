import { chineseAspectTerms } from './chinese-aspect-terms.ts';
import { englishAspectTerms, type TermSpan } from './english-aspect-terms.ts';
import { reviewLanguage } from './lexicon-sentiment.ts';

export type { TermSpan } from './english-aspect-terms.ts';

/** Aspect terms of one sentence, English or Chinese, with their character spans. */
export function aspectTerms(sentence: string): TermSpan[] {
  return reviewLanguage(sentence) === 'zh' ? chineseAspectTerms(sentence) : englishAspectTerms(sentence);
}

/** English plural to singular, enough to group "batteries" with "battery" and "speakers" with "speaker". */
export function singular(word: string): string {
  if (word.length <= 3 || /(?:ss|us|is|ics)$/.test(word)) return word;
  if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|sses)$/.test(word)) return word.slice(0, -2);
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** The words of a term, lower-case and singular; a Chinese term is one word. */
export function termWords(term: string): string[] {
  const lower = term.toLowerCase().normalize('NFKC');
  if (reviewLanguage(lower) === 'zh') return [lower];
  return lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(singular);
}
