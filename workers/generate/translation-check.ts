import type { Lang } from '../protocol/language.ts';
import { glossText } from '../translate/glossary-translate.ts';

/** Numbers as written (digits only): a translation may not lose one or add one. */
const numbers = (text: string) => (text.match(/\d+(?:[.,]\d+)?/g) ?? []).sort().join(' ');

/** The words of the glossary gloss that the glossary itself put in the target language (not left as written). */
function glossWords(original: string, to: Lang): string[] {
  const gloss = glossText(original, to);
  if (to === 'zh') return [...new Set(gloss.match(/\p{Script=Han}+/gu) ?? [])];
  const kept = new Set((original.toLowerCase().match(/[a-z]+/g) ?? []));
  return [...new Set((gloss.toLowerCase().match(/[a-z]{3,}/g) ?? []).filter((w) => !kept.has(w)))];
}

/**
 * True when a machine translation of a short product value can be shown: it keeps every number of
 * the original and adds none, it is in the target language, and it carries at least half of the words
 * the shopping glossary gives for the original ("Wool" → "羊毛"; "1 week warranty" → "保修1周"). A value
 * the glossary knows nothing of cannot be checked, so its translation is not shown either. This stops a
 * model that writes "咖啡机" for "Plastic, Rubber" or "防水很好" for "1 week warranty"; the caller then
 * shows the glossary gloss, which is the light path's value.
 */
export function translationAgrees(original: string, translated: string, to: Lang): boolean {
  const text = translated.trim();
  if (!text || numbers(text) !== numbers(original)) return false;
  if (to === 'zh' ? !/\p{Script=Han}/u.test(text) : /\p{Script=Han}/u.test(text)) return false;
  const expected = glossWords(original, to);
  if (!expected.length) return false;
  const lower = text.toLowerCase();
  return expected.filter((w) => lower.includes(w)).length * 2 >= expected.length;
}
