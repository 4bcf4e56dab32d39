import glossaryFile from '../text/zh-en-glossary.json' with { type: 'json' };
import type { Lang } from '../protocol/language.ts';
import { specPhraseZh } from './spec-phrases.ts';

const zhToEn: Record<string, string[]> = glossaryFile.terms;
const zhWords = Object.keys(zhToEn).sort((a, b) => b.length - a.length);
const enToZh = new Map<string, string>();
// An English word reads as the Chinese word it is the first sense of ("men" -> 男士, not 爸爸), else the first listed.
for (const rank of [0, 1]) {
  for (const [zh, ens] of Object.entries(zhToEn)) for (const en of rank ? ens : ens.slice(0, 1)) if (!enToZh.has(en)) enToZh.set(en, zh);
}
const enWords = [...enToZh.keys()].sort((a, b) => b.length - a.length);
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
        const english = zhToEn[word][0];
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
    .map((part) => specPhraseZh(part) ?? part.replace(enPattern, (m) => enToZh.get(m.toLowerCase()) ?? m))
    .join('');
}
