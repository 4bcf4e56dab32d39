import { stemmer } from 'stemmer';
import { hasHan, tokenize } from '../text/tokenize.ts';

/**
 * Spec names from feeds come as `item_weight`, `batteryLife` or `warranty-information`, and values as
 * JSON (`["Black","Gray"]`): this spells them as plain words before tokenising.
 */
export function plainWords(text: string): string {
  return text
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_{}[\]"]+/g, ' ')
    .replace(/\s+/g, ' ');
}

/** Matching key of one word: the Porter stem for Latin words, the word itself otherwise. */
export function termKey(word: string): string {
  return /^[a-z]+$/.test(word) ? stemmer(word) : word;
}

/**
 * The match keys of a text: stems of its words, plus, for Chinese text, single characters and
 * adjacent pairs, so matching does not depend on how well the runtime's ICU segments Chinese.
 */
export function textTerms(text: string): string[] {
  const keys: string[] = [];
  for (const word of tokenize(plainWords(text))) {
    if (hasHan(word)) {
      const chars = [...word];
      keys.push(word);
      if (chars.length > 1) for (let i = 0; i < chars.length; i++) {
        keys.push(chars[i]);
        if (i + 1 < chars.length) keys.push(chars[i] + chars[i + 1]);
      }
    } else keys.push(termKey(word));
  }
  return keys;
}
