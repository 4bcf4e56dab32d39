import { hasHan } from '../text/tokenize.ts';

/** A language Aisle translates between. */
export type Lang = 'en' | 'zh';

/** The language a piece of text is written in, as far as translation cares: Chinese if it has Han characters. */
export function detectLang(text: string): Lang {
  return hasHan(text) ? 'zh' : 'en';
}

/** The manifest task that translates from one language to the other. */
export function translationTask(from: Lang, to: Lang): string {
  return `translation-${from}-${to}`;
}
