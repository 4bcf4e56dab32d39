import { chineseAspectTerms } from './chinese-aspect-terms.ts';
import { englishAspectTerms } from './english-aspect-terms.ts';
import type { TermSpan } from './reviews-types.ts';
import { reviewLanguage } from './lexicon-sentiment.ts';
import { stem } from '../text/stem.ts';

/** Aspect terms of one sentence, English or Chinese, with their character spans. */
export function aspectTerms(sentence: string): TermSpan[] {
  return reviewLanguage(sentence) === 'zh' ? chineseAspectTerms(sentence) : englishAspectTerms(sentence);
}

/** The words of a term, lower-case and singular ("batteries" ~ "battery"); a Chinese term is one word. */
export function termWords(term: string): string[] {
  const lower = term.toLowerCase().normalize('NFKC');
  if (reviewLanguage(lower) === 'zh') return [lower];
  return lower.split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(stem);
}
