import type { Lang } from '../protocol/language.ts';
import { chineseFor, englishFor, glossaryEnglishWords, glossaryWords } from '../text/glossary.ts';
import { specPhraseZh } from './spec-phrases.ts';

const zhWords = glossaryWords;
const enWords = [...glossaryEnglishWords].sort((a, b) => b.length - a.length);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const enPattern = new RegExp(`\\b(${enWords.map(escape).join('|')})\\b`, 'gi');

/**
 * The light path: a word-for-word gloss with the shopping glossary, no model. Known shopping words
 * are replaced ("手机" -> "smartphone"), and into Chinese the set phrases of spec rows read whole
 * ("1 year warranty" -> "保修1年"); everything else is kept. It is marked `lexical` so the UI can say it is
 * a gloss, not a translation.
 */
export function glossText(text: string, to: Lang): string {
  if (to === 'en') {
    let out = '';
    for (let i = 0; i < text.length; ) {
      const word = zhWords.find((w) => text.startsWith(w, i));
      if (word) {
        const english = englishFor(word)[0];
        out += (out && !/\s$/.test(out) ? ' ' : '') + english + ' ';
        i += word.length;
      } else {
        out += text[i];
        i += 1;
      }
    }
    return out.replace(/ +([,.!?，。！？])/g, '$1').replace(/ {2,}/g, ' ').trim();
  }
  // A spec value in a set phrase ("Ships in 1 week") reads whole; other words are glossed one by one.
  return text
    .split(/(, )/)
    .map((part) => specPhraseZh(part) ?? part.replace(enPattern, (m) => chineseFor(m) ?? m))
    .join('');
}
