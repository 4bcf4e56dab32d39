import { hasHan } from '../text/tokenize.ts';
import type { Lang } from '../protocol/language.ts';

/** The language a piece of text is written in, as far as translation cares: Chinese if it has Han characters. */
export function detectLang(text: string): Lang {
  return hasHan(text) ? 'zh' : 'en';
}

/** The manifest task that translates from one language to the other. */
export function translationTask(from: Lang, to: Lang): string {
  return `translation-${from}-${to}`;
}

/** The language most of the texts are written in (a catalog's, from its titles); English when empty or tied. */
export function majorityLang(texts: Iterable<string>): Lang {
  let zh = 0;
  let all = 0;
  for (const text of texts) {
    all += 1;
    if (detectLang(text) === 'zh') zh += 1;
  }
  return zh * 2 > all ? 'zh' : 'en';
}
